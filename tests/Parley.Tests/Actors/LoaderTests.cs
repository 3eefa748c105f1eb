using Parley.Actors;
using Parley.Diagnostics;

namespace Parley.Tests.Actors;

/// <summary>Every data file is validated on load; problems come back as diagnostics with file and line.</summary>
public class LoaderTests
{
    private const string Sectors = "GOV  role  government\nMIL  role  military\nIGO  prefix  intergovernmental\n";
    private const string Countries = "USA  United States\n    name  United States | US\n\nRUS  Russia\n    name  Russia\n";

    /// <summary>Builds sectors and countries as the first layers, then <paramref name="text"/> as <paramref name="label"/>.</summary>
    internal static ActorDictionaryResult Load(string label, string text) =>
        new ActorDictionaryBuilder().AddText("sectors.txt", Sectors).AddText("countries.txt", Countries).AddText(label, text).Build();

    public static TheoryData<string, string, string, int> Errors => new()
    {
        { "countries.txt", "XX1  Foo\n", "PRL415", 1 },
        { "countries.txt", "FOO  Foo\n    colour  red\n", "PRL410", 2 },
        { "countries.txt", "    name  Foo\n", "PRL408", 1 },
        { "countries.txt", "FOO  Foo\n    name  Foo || Bar\n", "PRL413", 2 },
        { "countries.txt", "FOO  Foo\n    naming  backwards\n", "PRL419", 2 },
        { "countries.txt", "FOO  Foo\n    seat  FOOGXV  Palace\n", "PRL403", 2 },
        { "people/x.txt", "# a comment\nA Person\n    USAGOV  2020-13-01  -  x\n", "PRL404", 3 },
        { "people/x.txt", "A Person\n    USAGOV  2020-01-01  2019-12-31  x\n", "PRL405", 2 },
        { "people/x.txt", "A Person\n    USAGOV  2001  2004  x\n    USAGOV  2003-06-01  2008  y\n", "PRL406", 3 },
        { "people/x.txt", "A Person\n    ZZZGOV  2001  2004  x\n", "PRL402", 2 },
        { "people/x.txt", "A Person\n    USAGVO  2001  2004  x\n", "PRL403", 2 },
        { "people/x.txt", "A Person\n    usagov  2001  2004  x\n", "PRL415", 2 },
        { "people/x.txt", "A Person\n    USAGOV  2001\n", "PRL401", 2 },
        { "people/x.txt", "A Person\nB Person\n    USAGOV  2001  2004  x\n", "PRL409", 1 },
        { "people/x.txt", "A Person\n    USAGOV  2005  2008  x\n    USAMIL  2001  2004  y\n", "PRL412", 3 },
        { "people/x.txt", "Ann Lee\n    USAGOV  2001  2004  x\nBo Lee | Ann Lee\n    RUSGOV  2001  2004  x\n", "PRL407", 3 },
        { "agents.txt", "GOV  president\n", "PRL401", 1 },
        { "agents.txt", "GOV  president  presidents  before\n", "PRL418", 1 },
        { "agents.txt", "XYZ  president  presidents\n", "PRL403", 1 },
        { "organizations.txt", "IGOUNO  United Nations | UN\nIGOWSTNAT  NATO | UN\n", "PRL407", 2 },
        { "organizations.txt", "QQQXYZ  Something\n", "PRL402", 1 },
        { "sectors.txt", "ABC  kind  description\n", "PRL417", 1 },
        { "stuff.txt", "anything\n", "PRL411", 0 },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Load_BadLine_ReportsCodeFileAndLine(string label, string text, string code, int line)
    {
        var result = Load(label, text);
        var d = Assert.Single(result.Diagnostics, d => d.Code == code);
        Assert.Equal(label, d.File);
        Assert.Equal(line == 0 ? null : line, d.Line);
    }

    [Fact]
    public void Load_HandoverDay_IsNoOverlap()
    {
        var result = Load("people/x.txt", "A Person\n    USAGOV  2001-01-01  2004-05-07  x\n    USAGOV  2004-05-07  -  y\n");
        Assert.Empty(result.Diagnostics);
        var p = result.Dictionary.FindPerson("A Person")!;
        Assert.Equal("x", result.Dictionary.Resolve(p, new DateOnly(2004, 5, 6))?.Title);
        Assert.Equal("y", result.Dictionary.Resolve(p, new DateOnly(2004, 5, 8))?.Title);
    }

    [Theory]
    [InlineData("2020", "2020", "2020-01-01", "2020-12-31")]
    [InlineData("2020-02", "2020-02", "2020-02-01", "2020-02-29")]
    [InlineData("2019-02", "2019-02", "2019-02-01", "2019-02-28")]
    public void Load_PartialDates_CoverTheWholePeriod(string start, string end, string first, string last)
    {
        var result = Load("people/x.txt", $"A Person\n    USAGOV  {start}  {end}  x\n");
        var role = Assert.Single(result.Dictionary.FindPerson("A Person")!.Roles);
        Assert.Equal((DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)), (role.Start, role.End));
    }

    [Fact]
    public void Load_TrailingComment_IsIgnored()
    {
        var result = Load("organizations.txt", "IGOUNO  United Nations | UN  # the UN\n");
        Assert.Empty(result.Diagnostics);
        Assert.Equal("IGOUNO", Assert.Single(result.Dictionary.Lookup("UN")).Code);
    }

    [Fact]
    public void AddPath_Missing_ReportsPRL400()
    {
        var result = new ActorDictionaryBuilder().AddPath("/nonexistent/actors").Build();
        Assert.Equal("PRL400", Assert.Single(result.Diagnostics).Code);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void Load_WithoutSectors_WarnsThatCodesAreNotValidated()
    {
        var result = new ActorDictionaryBuilder().AddText("organizations.txt", "QQQXYZ  Something\n").Build();
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("PRL420", Severity.Warning), (d.Code, d.Severity));
    }
}
