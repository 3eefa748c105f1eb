using System.Globalization;

namespace Parley.Tests.Actors;

/// <summary>Dated roles from the built-in people files, on the first and last day of terms, across countries and decades.</summary>
public class RoleResolutionTests
{
    public static TheoryData<string, string, string?> Boundaries => new()
    {
        { "Donald Trump", "2017-01-19", "USAPTY" },
        { "Donald Trump", "2017-01-20", "USAGOV" },
        { "Donald Trump", "2021-01-20", "USAGOV" },
        { "Donald Trump", "2021-01-21", "USAELI" },
        { "Donald Trump", "2025-01-20", "USAGOV" },
        { "Barack Obama", "2009-01-19", "USAPTY" },
        { "Barack Obama", "2009-01-20", "USAGOV" },
        { "Barack Obama", "2017-01-20", "USAGOV" },
        { "Barack Obama", "2017-01-21", "USAELI" },
        { "Joe Biden", "2021-01-19", "USAPTY" },
        { "Joe Biden", "2025-01-21", "USAELI" },
        { "Vladimir Putin", "1998-07-24", null },
        { "Vladimir Putin", "2000-05-07", "RUSGOV" },
        { "Vladimir Putin", "2012-05-07", "RUSGOV" },
        { "Angela Merkel", "2005-11-21", "DEUOPP" },
        { "Angela Merkel", "2005-11-22", "DEUGOV" },
        { "Angela Merkel", "2021-12-08", "DEUGOV" },
        { "Angela Merkel", "2021-12-09", "DEUELI" },
        { "Tony Blair", "1997-05-01", "GBROPP" },
        { "Tony Blair", "1997-05-02", "GBRGOV" },
        { "Tony Blair", "2007-06-27", "GBRGOV" },
        { "Tony Blair", "2007-06-28", "GBRELI" },
        { "Narendra Modi", "2014-05-24", null },
        { "Narendra Modi", "2014-05-26", "INDGOV" },
        { "Xi Jinping", "2012-11-15", "CHNGOV" },
        { "Lula", "2003-01-01", "BRAGOV" },
        { "Lula", "2011-01-02", "BRAELI" },
        { "Lula", "2023-01-01", "BRAGOV" },
        { "Recep Tayyip Erdogan", "2003-03-13", "TURPTY" },
        { "Recep Tayyip Erdogan", "2003-03-14", "TURGOV" },
        { "Volodymyr Zelensky", "2019-05-19", "UKRPTY" },
        { "Volodymyr Zelensky", "2019-05-20", "UKRGOV" },
        { "Hosni Mubarak", "2011-02-11", "EGYGOV" },
        { "Hosni Mubarak", "2011-02-12", "EGYELI" },
        { "Saddam Hussein", "2003-04-09", "IRQGOV" },
        { "Saddam Hussein", "2003-04-10", "IRQELI" },
        { "Jacinda Ardern", "2017-10-25", null },
        { "Jacinda Ardern", "2017-10-26", "NZLGOV" },
        { "Jacinda Ardern", "2023-01-25", "NZLGOV" },
        { "Shinzo Abe", "2012-12-26", "JPNGOV" },
        { "Kim Jong Un", "2011-12-16", null },
        { "Kim Jong Un", "2018-07-20", "PRKGOV" },
        { "Boutros Boutros-Ghali", "1992-01-01", "IGOUNO" },
        { "Boutros Boutros-Ghali", "1996-12-31", "IGOUNO" },
        { "Kofi Annan", "1996-12-31", null },
        { "Kofi Annan", "1997-01-01", "IGOUNO" },
        { "Ban Ki-moon", "2016-12-31", "IGOUNO" },
        { "Antonio Guterres", "2010-06-01", "IGOUNOREFHCR" },
        { "Antonio Guterres", "2017-01-01", "IGOUNO" },
        { "Jens Stoltenberg", "2024-10-01", "IGOWSTNAT" },
        { "Mark Rutte", "2024-07-02", "NLDGOV" },
        { "Mark Rutte", "2024-10-01", "IGOWSTNAT" },
        { "Christine Lagarde", "2019-09-12", "IGOBUSIMF" },
        { "Christine Lagarde", "2019-11-01", "IGOEURBUSECB" },
        { "Tedros Adhanom", "2017-07-01", "IGOUNOHLHWHO" },
        { "Amara Essy", "2002-07-08", "IGOAFROAU" },
        { "Amara Essy", "2002-07-09", "IGOAFRAFU" },
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void Resolve_OnTermBoundaries_GivesTheRoleOfThatDay(string name, string date, string? expected)
    {
        var dict = BuiltInData.Dictionary;
        var person = dict.FindPerson(name);
        Assert.NotNull(person);
        var role = dict.Resolve(person, DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(expected, role?.Code);
    }

    [Theory]
    [InlineData("Kim Jong-un", "Kim Jong Un")]
    [InlineData("Donald J. Trump", "Donald Trump")]
    [InlineData("Sergei Lavrov", "Sergey Lavrov")]
    [InlineData("António Guterres", "Antonio Guterres")]
    public void FindPerson_ByAnyFullName_GivesTheCanonicalPerson(string alias, string canonical) =>
        Assert.Equal(canonical, BuiltInData.Dictionary.FindPerson(alias)?.Name);

    [Fact]
    public void Resolve_ReturnsTitleWithCode()
    {
        var dict = BuiltInData.Dictionary;
        var role = dict.Resolve(dict.FindPerson("Mike Pompeo")!, new DateOnly(2018, 7, 7));
        Assert.Equal(("USAGOV", "Secretary of State"), (role?.Code, role?.Title));
    }
}
