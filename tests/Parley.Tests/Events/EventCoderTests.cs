using System.Collections.Frozen;
using Parley.Actors;
using Parley.Dates;
using Parley.Diagnostics;
using Parley.Documents;
using Parley.Events;
using Parley.Frames;
using Parley.Places;
using Parley.Tests.Actors;
using Parley.Tests.Dates;
using Parley.Tests.Ontology;
using Parley.Tests.Support;

namespace Parley.Tests.Events;

public class EventCoderTests
{
    private static readonly DateOnly Published = new(2018, 7, 19);
    private static readonly Lazy<Gazetteer> Places = new(() => Gazetteer.Load(Path.Combine(TestPaths.Repo, "data", "gazetteer"), new List<Diagnostic>()));

    internal static IReadOnlyList<CodedEvent> Code(Document doc, bool trace = false)
    {
        new ActorMatcherStage(BuiltInData.Dictionary).Process(doc);
        new PlaceFinder(Places.Value).Process(doc);
        var nouns = RepoData.Patterns.NounKeys.ToFrozenSet(StringComparer.Ordinal);
        var rules = CodingRules.Load(Path.Combine(TestPaths.Repo, "data", "coding"), RepoData.Cameo, new List<Diagnostic>());
        new FrameBuilder(nouns, FrozenSet.Create(StringComparer.Ordinal, "say", "state"), rules.Grammar).Process(doc);
        doc.MarkAnnotated(Annotations.Frames | Annotations.Actors);
        var coder = new EventCoder(RepoData.Patterns, RepoData.Cameo, RepoData.Plover, new DateResolver(DateResolverTests.LoadLexicon()),
            rules, BuiltInData.Dictionary, new EventCoderOptions { Trace = trace });
        coder.Process(doc);
        return doc.GetLayer<CodedEvents>()!.Items;
    }

    [Fact]
    public void Meeting_WithDatePlaceAndDyad()
    {
        var doc = ParsedSentence.From(
            "Donald_Trump/PROPN/2/nsubj met/VERB/0/root/meet with/ADP/4/case Kim_Jong_Un/PROPN/2/obl in/ADP/6/case Singapore/PROPN/2/obl " +
            "on/ADP/8/case June/PROPN/2/obl 12/NUM/8/nummod ./PUNCT/2/punct", Published);
        var e = Assert.Single(Code(doc));
        Assert.Equal(("USAGOV", "PRKGOV"), (e.Source!.Code, e.Target!.Code));
        Assert.StartsWith("04", e.Cameo, StringComparison.Ordinal);
        Assert.Equal(("2018-06-12", "on June 12", "text"), (e.Date.ToString(), e.DateText, e.DateSource));
        Assert.Equal(("Singapore", "SGP"), (e.Location!.Name, e.Location.Country));
        Assert.Equal("CONSULT", e.Plover.Event);
        Assert.Contains(e.Spans, s => s.Role == "predicate" && doc.Text[s.Start..s.End] == "met");
        Assert.Contains(e.Spans, s => s.Role == "target" && doc.Text[s.Start..s.End] == "Kim Jong Un");
    }

    [Fact]
    public void Negated_IsNotTheAct()
    {
        var doc = ParsedSentence.From("Trump/PROPN/4/nsubj did/AUX/4/aux not/PART/4/advmod meet/VERB/0/root with/ADP/6/case Putin/PROPN/4/obl", Published);
        Assert.DoesNotContain(Code(doc), e => e.CameoRoot == "04");
    }

    [Fact]
    public void NoEventWithoutPattern()
    {
        var doc = ParsedSentence.From("Trump/PROPN/2/nsubj ate/VERB/0/root/eat lunch/NOUN/2/obj", Published);
        Assert.Empty(Code(doc));
    }

    [Fact]
    public void Trace_ExplainsEveryFrame()
    {
        var doc = ParsedSentence.From("Donald_Trump/PROPN/2/nsubj met/VERB/0/root/meet with/ADP/4/case Vladimir_Putin/PROPN/2/obl", Published);
        var events = Code(doc, trace: true);
        var decision = Assert.Single(doc.GetLayer<CodingTrace>()!.Decisions);
        Assert.Equal("coded", decision.Outcome);
        Assert.Equal(events[0].Rule, decision.Match!.Best!.Pattern.Id);
    }
}

public class EventCoderCompoundTests
{
    private static readonly DateOnly Published = new(2018, 7, 19);

    [Fact]
    public void ConjoinedSources_ReciprocalAct_CodeEachDirection()
    {
        var doc = ParsedSentence.From("Serbia/PROPN/4/nsubj and/CCONJ/3/cc Kosovo/PROPN/1/conj met/VERB/0/root/meet", Published);
        var events = EventCoderTests.Code(doc);
        Assert.Equal(["KSV->SRB", "SRB->KSV"], events.Select(e => $"{e.Source!.Code}->{e.Target!.Code}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ConjoinedSources_NonReciprocalAct_InventNoTarget()
    {
        var doc = ParsedSentence.From("Russia/PROPN/4/nsubj and/CCONJ/3/cc China/PROPN/1/conj condemned/VERB/0/root/condemn the/DET/6/det attack/NOUN/4/obj", Published);
        var events = EventCoderTests.Code(doc);
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Null(e.Target));
        Assert.Equal(["CHN", "RUS"], events.Select(e => e.Source!.Code!).Order(StringComparer.Ordinal));
    }
}

public class EventCoderContextCountryTests
{
    [Fact]
    public void SectorOnlyAgent_TakesThePlacesCountry_OrganizationsDoNot()
    {
        var doc = ParsedSentence.From(
            "Police/NOUN/2/nsubj/police arrested/VERB/0/root/arrest UN/PROPN/4/compound investigators/NOUN/2/obj/investigator in/ADP/6/case Khartoum/PROPN/2/obl",
            new DateOnly(2024, 5, 1));
        var e = Assert.Single(EventCoderTests.Code(doc));
        Assert.Equal("SDNCOP", e.Source!.Code);
        Assert.DoesNotContain("SDNIGO", e.Target?.Code ?? "", StringComparison.Ordinal);
    }
}
