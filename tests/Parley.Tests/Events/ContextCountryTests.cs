using Parley.Diagnostics;
using Parley.Events;
using Parley.Tests.Ontology;
using static Parley.Tests.Engine.EngineFixture;

namespace Parley.Tests.Events;

/// <summary>
/// How an agent whose words name no country takes one from its context (data/coding/context.txt): the place of its
/// event, the other party, the earlier sentences, or the last two countries for a pair group; through the whole engine.
/// </summary>
public class ContextCountryTests
{
    [Fact]
    public void PlaceOfTheEvent_GivesTheCountry_AndSaysSo()
    {
        const string text = "The authorities closed three newspapers in Minsk.";
        var e = One(text, "17");
        Assert.Equal("BLRGOV", e.Source!.Code);
        Assert.Equal("country from place 'Minsk' (BLR)", e.Source.CountryFrom);
        Assert.Equal("authorities", text[e.Source.Start..e.Source.End]);
    }

    [Fact]
    public void PairAfterTwoLeaders_IsTheirStates_NamedAsCountries()
    {
        var events = Code("President Emmanuel Macron hosted Chancellor Olaf Scholz in Paris on Monday. Both countries pledged to cooperate on energy.");
        var pair = events.Where(e => e.CameoRoot == "03").Select(e => (e.Source!.Code, e.Source.Name, e.Target!.Code, e.Target.Name)).Order().ToList();
        Assert.Equal([("DEU", "Germany", "FRA", "France"), ("FRA", "France", "DEU", "Germany")], pair);
    }

    [Fact]
    public void PlaceGoneTo_GivesNoCountry()
    {
        var e = One("Soldiers were sent to Chad.", "15");
        Assert.Equal("MIL", e.Source!.Code);
        Assert.Null(e.Source.CountryFrom);
    }

    [Fact]
    public void DomesticSource_TakesTheDomesticTargetsCountry()
    {
        var e = One("The opposition accused the Georgian interior minister of fraud.", "11");
        Assert.Equal("GEOOPP", e.Source!.Code);
        Assert.StartsWith("country from the other side", e.Source.CountryFrom, StringComparison.Ordinal);
    }

    [Fact]
    public void UnidentifiedAttackers_TakeNoCountryFromTheOtherSide()
    {
        var e = One("Gunmen accused the Georgian interior minister of fraud.", "11");
        Assert.Equal("UAF", e.Source!.Code);
    }

    [Fact]
    public void EarlierSentenceNamingOneCountry_GivesIt()
    {
        var e = One("Floods hit Kenya last month. Students demonstrated outside the education ministry.", "14");
        Assert.Equal("KENEDU", e.Source!.Code);
        Assert.Equal("country from sentence 1 actor 'Kenya'", e.Source.CountryFrom);
        Assert.Equal("Students", e.Source.Text);
    }

    [Theory]
    [InlineData("Russian troops attacked Ukrainian positions last week. Soldiers shelled a village.", "19", "MIL")]
    [InlineData("Kenya's president visited Uganda. Police arrested protesters.", "17", "COP")]
    public void EarlierSentenceNamingTwoCountries_GivesNone(string text, string root, string code)
    {
        var e = Assert.Single(Code(text), e => e.CameoRoot == root && e.Sentence == 1);
        Assert.Equal(code, e.Source!.Code);
    }

    [Fact]
    public void BothArmies_AreOnePerCountry_AndActTowardEachOther()
    {
        var events = Code("Peru and Ecuador signed a border treaty in 1998. Both armies agreed to withdraw heavy weapons from the border.");
        var dyads = events.Where(e => e.Sentence == 1).Select(e => $"{e.Source?.Code} -> {e.Target?.Code}").Order(StringComparer.Ordinal);
        Assert.Equal(["ECUMIL -> PERMIL", "PERMIL -> ECUMIL"], dyads);
        Assert.All(events.Where(e => e.Sentence == 1), e => Assert.Equal("Both armies", e.Source!.Text));
    }

    [Theory]
    [InlineData("Diplomats from both Koreas met in Beijing on Tuesday.", "KORGOV -> PRKGOV", "PRKGOV -> KORGOV")]
    [InlineData("The two Koreas met in Beijing on Tuesday.", "KOR -> PRK", "PRK -> KOR")]
    [InlineData("Chile and Argentina settled the dispute in 1984. Ministers of both countries met in Santiago.", "ARGGOV -> CHLGOV", "CHLGOV -> ARGGOV")]
    public void PairInTheAgentsPhrase_IsOneActorPerCountry(string text, string first, string second)
    {
        var dyads = Code(text).Where(e => e.CameoRoot == "04").Select(e => $"{e.Source?.Code} -> {e.Target?.Code}").Order(StringComparer.Ordinal);
        Assert.Equal([first, second], dyads);
    }

    [Fact]
    public void AgentlessAlert_IsThePlacesPolice_WithNoSourceSpanAndNoTarget()
    {
        var e = One("Security was tightened around the courts in Lagos after the riots.", "15");
        Assert.Equal("NGACOP", e.Source!.Code);
        Assert.Null(e.Target);
        Assert.DoesNotContain(e.Spans, s => s.Role == "source");
        Assert.DoesNotContain(Code("Security was tightened around the courts after the riots."), x => x.CameoRoot == "15");
    }

    [Fact]
    public void Load_ReadsTheContextLimits_AndReportsBadLines()
    {
        var path = TempFile.Write("domestic  OPP\ndestination  to\npair-mutual  04\ndocument-window  2\ndomestic  opp\ndocument-window  many\npair-name  Koreas  KOR  PRK\npair-name  Twins  KOR\n");
        var diagnostics = new List<Diagnostic>();
        var rules = ContextRules.Load(path, diagnostics);
        Assert.Equal([5, 6, 8], diagnostics.Select(d => d.Line));
        Assert.Equal(["KOR", "PRK"], rules.PairNames["koreas"]);
        Assert.Contains("OPP", rules.Domestic);
        Assert.Contains("to", rules.Destinations);
        Assert.True(rules.IsPairMutual("043"));
        Assert.False(rules.IsPairMutual("112"));
        Assert.Equal(2, rules.DocumentWindow);
    }

    [Fact]
    public void Load_ReadsConsequenceRoles_AndRefusesAnUnknownRole()
    {
        var path = TempFile.Write("consequence  attack  19\nconsequence  riot  145\nconsequence  looting  171\nconsequence  damage  17x\n");
        var diagnostics = new List<Diagnostic>();
        var rules = ContextRules.Load(path, diagnostics);
        Assert.Equal([3, 4], diagnostics.Select(d => d.Line));
        Assert.True(rules.IsConsequence("attack", "190"));
        Assert.True(rules.IsConsequence("riot", "1451"));
        Assert.False(rules.IsConsequence("attack", "145"));
        Assert.False(rules.IsConsequence("damage", "171"));
    }
}
