using Parley.Tests.Support;

namespace Parley.Tests.Events;

/// <summary>Who does what to whom in the argument structures that used to invent or lose actors.</summary>
public class EventCoderArgumentTests
{
    private static readonly DateOnly Published = new(2018, 7, 19);

    private static IReadOnlyList<Parley.Events.CodedEvent> Code(string parsed) => EventCoderTests.Code(ParsedSentence.From(parsed, Published));

    [Fact]
    public void GerundAfterObject_IsTheObjectsAct_AndItsTopicNounIsNoEvent()
    {
        var events = Code("Vladimir_Putin/PROPN/2/nsubj complimented/VERB/0/root/compliment Donald_Trump/PROPN/2/obj on/SCONJ/5/mark " +
            "advancing/VERB/2/advcl/advance the/DET/7/det denuclearization/NOUN/5/obj of/ADP/9/case North_Korea/PROPN/7/nmod ./PUNCT/2/punct");
        var e = Assert.Single(events);
        Assert.Equal(("051", "RUSGOV", "USAGOV"), (e.Cameo, e.Source!.Code, e.Target!.Code));
    }

    [Fact]
    public void GerundAfterObject_CarriedOutNoun_TakesTheObjectAsSource()
    {
        var events = Code("Russia/PROPN/2/nsubj criticized/VERB/0/root/criticize Japan/PROPN/2/obj for/SCONJ/5/mark imposing/VERB/2/advcl/impose " +
            "sanctions/NOUN/5/obj/sanction on/ADP/8/case China/PROPN/6/nmod ./PUNCT/2/punct");
        Assert.Contains(events, e => e.CameoRoot == "16" && e.Source?.Code == "JPN" && e.Target?.Code == "CHN");
        Assert.DoesNotContain(events, e => e.CameoRoot == "16" && e.Source?.Code == "RUS");
    }

    [Fact]
    public void EventNoun_UnderATopicVerb_IsNotTheSubjectsAct()
    {
        var events = Code("Russia/PROPN/2/nsubj welcomed/VERB/0/root/welcome the/DET/4/det sanctions/NOUN/2/obj/sanction on/ADP/6/case Iran/PROPN/4/nmod");
        Assert.DoesNotContain(events, e => e.CameoRoot == "16");
    }

    [Theory]
    [InlineData("China/PROPN/2/nsubj imposed/VERB/0/root/impose sanctions/NOUN/2/obj/sanction on/ADP/5/case Japan/PROPN/3/nmod", "16", "CHN", "JPN")]
    [InlineData("Japan/PROPN/2/nsubj responded/VERB/0/root/respond with/ADP/4/case threats/NOUN/2/obl/threat of/ADP/7/case military/ADJ/7/amod action/NOUN/4/nmod against/ADP/9/case China/PROPN/4/nmod", "13", "JPN", "CHN")]
    [InlineData("Mike_Pompeo/PROPN/2/nsubj finished/VERB/0/root/finish a/DET/6/det two/NUM/5/nummod -day/NOUN/6/amod visit/NOUN/2/obj to/ADP/8/case North_Korea/PROPN/6/nmod", "04", "USAGOV", "PRK")]
    public void EventNoun_UnderACarryingOutVerb_IsTheSubjectsAct(string parsed, string root, string source, string target) =>
        Assert.Contains(Code(parsed), e => e.CameoRoot == root && e.Source?.Code == source && e.Target?.Code == target);

    [Fact]
    public void ThreatFaced_ComesFromTheFromPhrase_AndTargetsTheSubject()
    {
        var e = Assert.Single(Code("Donald_Trump/PROPN/2/nsubj faced/VERB/0/root/face an/DET/4/det threat/NOUN/2/obj from/ADP/6/case North_Korea/PROPN/4/nmod"));
        Assert.Equal(("130", "PRK", "USAGOV"), (e.Cameo, e.Source!.Code, e.Target!.Code));
    }

    [Fact]
    public void ThreatReceived_WithoutSource_IsNotTheReceiversAct() =>
        Assert.DoesNotContain(Code("Japan/PROPN/2/nsubj received/VERB/0/root/receive threats/NOUN/2/obj/threat"), e => e.CameoRoot == "13");

    [Fact]
    public void ControlledVerbChain_ItsToPhraseIsTheTarget_AndItsObjectNoEventOfItsOwn()
    {
        var e = Assert.Single(Code("Donald_Trump/PROPN/2/nsubj agreed/VERB/0/root/agree to/PART/4/mark try/VERB/2/xcomp to/PART/6/mark " +
            "send/VERB/4/xcomp aid/NOUN/6/obj to/ADP/9/case North_Korea/PROPN/6/obl"));
        Assert.Equal(("03", "USAGOV", "PRK"), (e.CameoRoot, e.Source!.Code, e.Target?.Code));
    }
}
