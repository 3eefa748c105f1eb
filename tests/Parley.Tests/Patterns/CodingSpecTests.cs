using Parley.Patterns.Specs;
using Parley.Tests.Ontology;

namespace Parley.Tests.Patterns;

public class CodingSpecTests
{
    private static IReadOnlyList<CodingSpec> Specs()
    {
        var result = CodingSpecReader.ReadFolder(RepoData.Path("specs/coding"), RepoData.Cameo);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Take(20)));
        return result.Value!;
    }

    /// <summary>The spec of CAMEO 01 public statements, which have no PLOVER type (specs/coding/statements.md).</summary>
    private const string Statements = "STATEMENTS";

    private static string TypeOf(CodingSpec spec) => Path.GetFileNameWithoutExtension(spec.File).ToUpperInvariant();

    [Fact]
    public void EveryPloverType_HasASpecFile()
    {
        var names = Specs().Select(TypeOf).Where(n => n != Statements).Order();
        Assert.Equal(RepoData.Plover.EventTypes.Select(e => e.Name).Order(), names);
        Assert.Contains(Statements, Specs().Select(TypeOf));
    }

    [Fact]
    public void EverySpec_HasAtLeast15CasesOfItsOwnType()
    {
        foreach (var spec in Specs())
        {
            var type = TypeOf(spec);
            var own = spec.Cases.Count(c => c.Expected.Any(e => RepoData.Plover.Map(e.Cameo)!.Event == type
                || (type == "REQUEST" && e.Cameo.StartsWith("02")) || (type == Statements && e.Cameo.StartsWith("01"))));
            Assert.True(own >= 15, $"{spec.File}: {own} cases of {type}");
        }
    }

    [Fact]
    public void EveryExpectedCode_ExistsAndIsMapped()
    {
        foreach (var spec in Specs())
        {
            foreach (var e in spec.Cases.SelectMany(c => c.Expected))
            {
                Assert.True(RepoData.Cameo.Contains(e.Cameo), e.ToString());
                var statement = TypeOf(spec) == Statements && e.Cameo.StartsWith("01");
                Assert.True(RepoData.Plover.Map(e.Cameo)!.IsMapped || statement, e.ToString());
            }
        }
    }

    [Fact]
    public void Cases_KeepTextDateAndLine()
    {
        var path = TempFile.Write("# X\nprose\n```coding\ntext: A met B.\ndate: 2024-03-04\nexpect: USAGOV -> PRKGOV 040\n\ntext: Nothing happened.\nexpect: none\n```\n", "x.md");
        var spec = CodingSpecReader.Read(path, RepoData.Cameo);
        Assert.True(spec.Succeeded);
        Assert.Equal(2, spec.Value!.Cases.Length);
        var first = spec.Value.Cases[0];
        Assert.Equal(("A met B.", new DateOnly(2024, 3, 4), 4), (first.Text, first.Date, first.Line));
        Assert.Equal("USAGOV -> PRKGOV 040", Assert.Single(first.Expected).ToString());
        Assert.Empty(spec.Value.Cases[1].Expected);
    }

    [Fact]
    public void MalformedBlocks_GiveDiagnosticsWithLines()
    {
        var path = TempFile.Write("```coding\ntext: A.\nexpect: USAGOV PRKGOV 040\n\ntext: B.\nexpect: USAGOV -> - 999\n\nexpect: USAGOV -> - 040\n\ntext: C.\ncolour: red\n\ntext: D.\n", "bad.md");
        var result = CodingSpecReader.Read(path, RepoData.Cameo);
        Assert.Equal(["PRL530@3", "PRL530@2", "PRL531@6", "PRL530@8", "PRL530@11", "PRL530@10", "PRL530@13", "PRL530@13"],
            result.Diagnostics.Select(d => $"{d.Code}@{d.Line}"));
    }
}
