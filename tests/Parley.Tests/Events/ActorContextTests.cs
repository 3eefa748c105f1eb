using Parley.Diagnostics;
using Parley.Events;
using Parley.Tests.Ontology;
using Parley.Tests.Support;

namespace Parley.Tests.Events;

/// <summary>How sources and targets take a country or sector from their context (data/coding/context.txt).</summary>
public class ActorContextTests
{
    private static readonly DateOnly Published = new(2024, 3, 1);

    private static List<string> Dyads(string parsed) =>
        [.. EventCoderTests.Code(ParsedSentence.From(parsed, Published)).Select(e => $"{e.Source?.Code ?? "-"} -> {e.Target?.Code ?? "-"} {e.Cameo}")];

    [Fact]
    public void OwnForces_SourceActsThroughThem_AndTheyAreNoTarget()
    {
        var dyads = Dyads("Kenya/PROPN/2/nsubj deployed/VERB/0/root/deploy riot/NOUN/4/compound police/NOUN/2/obj to/ADP/7/case the/DET/7/det capital/NOUN/2/obl");
        var e = Assert.Single(dyads);
        Assert.StartsWith("KENCOP -> - 15", e, StringComparison.Ordinal);
    }

    [Fact]
    public void CountrylessTarget_TakesTheSourceCountry()
    {
        var dyads = Dyads("The/DET/3/det Nicaraguan/ADJ/3/amod government/NOUN/4/nsubj banned/VERB/0/root/ban the/DET/7/det opposition/NOUN/7/compound party/NOUN/4/obj");
        Assert.Contains(dyads, d => d.StartsWith("NICGOV -> NICOPP ", StringComparison.Ordinal));
    }

    [Fact]
    public void UnidentifiedAttackers_KeepNoCountry()
    {
        var dyads = Dyads("Gunmen/NOUN/2/nsubj/gunman killed/VERB/0/root/kill civilians/NOUN/2/obj/civilian in/ADP/5/case Nigeria/PROPN/2/obl");
        Assert.Contains(dyads, d => d.StartsWith("UAF -> NGACVL 18", StringComparison.Ordinal));
    }

    [Fact]
    public void ReciprocalCompound_SharedThingIsNoTarget()
    {
        var dyads = Dyads("Seoul/PROPN/4/nsubj and/CCONJ/3/cc Tokyo/PROPN/1/conj pledged/VERB/0/root/pledge to/PART/6/mark share/VERB/4/xcomp " +
                          "military/ADJ/8/amod intelligence/NOUN/6/obj");
        Assert.Equal(["JPN -> KOR", "KOR -> JPN"], dyads.Select(d => d[..10]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Addressee_ComesBeforeTheControlledActsObject()
    {
        var dyads = Dyads("Iraq/PROPN/2/nsubj asked/VERB/0/root/ask Turkey/PROPN/2/iobj to/PART/5/mark extradite/VERB/2/xcomp the/DET/8/det former/ADJ/8/amod governor/NOUN/5/obj");
        Assert.Contains(dyads, d => d.StartsWith("IRQ -> TUR ", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ReadsRules_AndReportsBadLinesWithTheirLine()
    {
        var path = TempFile.Write("# test\nown-forces  15  MIL  mobilize\nno-country  uaf\nno-country  UAF\nimplied-target  14  GOV\n");
        var diagnostics = new List<Diagnostic>();
        var rules = ContextRules.Load(path, diagnostics);
        Assert.Equal(3, Assert.Single(diagnostics).Line);
        Assert.Equal("MIL", rules.OwnForcesSector("154"));
        Assert.Null(rules.OwnForcesSector("040"));
        Assert.True(rules.KeepsNoCountry("UAF"));
        Assert.False(rules.KeepsNoCountry("REB"));
        Assert.Equal("GOV", rules.ImpliedTargetSector("1411"));
    }

    [Fact]
    public void Protest_NamingNoOne_AddressesTheGovernment()
    {
        var events = EventCoderTests.Code(ParsedSentence.From("Students/NOUN/2/nsubj/student demonstrated/VERB/0/root/demonstrate in/ADP/4/case Caracas/PROPN/2/obl " +
                                                              "for/ADP/6/case elections/NOUN/2/obl/election", Published));
        var e = Assert.Single(events);
        Assert.Equal(("VENEDU", "VENGOV"), (e.Source!.Code, e.Target!.Code));
        Assert.DoesNotContain(e.Spans, s => s.Role == "target");
    }

    [Fact]
    public void AgentOfConjoinedCountries_GivesOneActorEach()
    {
        var dyads = Dyads("The/DET/2/det leaders/NOUN/7/nsubj/leader of/ADP/4/case Serbia/PROPN/2/nmod and/CCONJ/6/cc Kosovo/PROPN/4/conj met/VERB/0/root/meet");
        Assert.Equal(["KSVGOV -> SRBGOV", "SRBGOV -> KSVGOV"], dyads.Select(d => d[..16]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ConjoinedNationalityAdjectives_GiveOneActorEach()
    {
        var events = EventCoderTests.Code(ParsedSentence.From(
            "Indian/ADJ/4/amod and/CCONJ/3/cc French/ADJ/1/conj troops/NOUN/5/nsubj/troop attacked/VERB/0/root/attack rebels/NOUN/5/obj/rebel", Published));
        Assert.Equal(["FRAMIL", "INDMIL"], events.Select(e => e.Source!.Code!).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void OwnForces_AgentlessPassive_ForcesAreTheSource()
    {
        var dyads = Dyads("Police/NOUN/5/nsubj:pass in/ADP/3/case Dhaka/PROPN/1/nmod were/AUX/5/aux:pass put/VERB/0/root on/ADP/8/case high/ADJ/8/amod alert/NOUN/5/obl");
        Assert.StartsWith("BGDCOP -> - 15", Assert.Single(dyads), StringComparison.Ordinal);
    }

    [Fact]
    public void AidAgencies_AreNonGovernmental_DonorsIntergovernmental()
    {
        // "Chad expelled two foreign aid groups"; "Nepal appealed to donors for emergency aid" ("for aid" hung on "donors").
        var expelled = Dyads("Chad/PROPN/2/nsubj expelled/VERB/0/root/expel two/NUM/6/nummod foreign/ADJ/5/amod aid/NOUN/6/compound groups/NOUN/2/obj/group");
        Assert.Contains(expelled, d => d.StartsWith("TCD -> NGO ", StringComparison.Ordinal));
        var appealed = Dyads("Nepal/PROPN/2/nsubj appealed/VERB/0/root/appeal to/ADP/4/case donors/NOUN/2/obl/donor for/ADP/7/case emergency/NOUN/7/compound aid/NOUN/4/nmod");
        Assert.Contains("NPL -> IGO 0233", appealed);
    }

    [Fact]
    public void Protests_AsATarget_AreTheProtesters()
    {
        // "Police broke up the protests with tear gas": the protests named as a party stand for the protesters.
        var dyads = Dyads("Police/NOUN/2/nsubj broke/VERB/0/root/break up/ADP/2/compound:prt the/DET/5/det protests/NOUN/2/obj/protest with/ADP/8/case tear/NOUN/8/compound gas/NOUN/2/obl");
        Assert.Contains(dyads, d => d.StartsWith("COP -> OPP 17", StringComparison.Ordinal));
    }

    [Fact]
    public void ShowOfForce_AgainstAnotherCountrysForces_TargetsThem()
    {
        // "Japanese fighter jets intercepted two Chinese bombers": the object is not the source's own forces.
        var dyads = Dyads("Japanese/ADJ/3/amod fighter/NOUN/3/compound jets/NOUN/4/nsubj/jet intercepted/VERB/0/root/intercept two/NUM/7/nummod Chinese/ADJ/7/amod bombers/NOUN/4/obj/bomber");
        Assert.Contains("JPNMIL -> CHNMIL 150", dyads);
    }
}
