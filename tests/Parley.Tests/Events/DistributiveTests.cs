using Parley.Tests.Support;

namespace Parley.Tests.Events;

/// <summary>A floating quantifier ("have all expressed interest") makes conjoined sources act each on its own.</summary>
public class DistributiveTests
{
    private static readonly DateOnly Published = new(2020, 1, 1);

    [Fact]
    public void AllExpressedInterest_NoSourceTargetsAnother()
    {
        var doc = ParsedSentence.From(
            "Chile/PROPN/8/nsubj ,/PUNCT/3/punct Peru/PROPN/1/conj and/CCONJ/5/cc Bolivia/PROPN/1/conj have/AUX/8/aux all/ADV/8/advmod " +
            "expressed/VERB/0/root/express interest/NOUN/8/obj in/ADP/12/case the/DET/12/det railway/NOUN/9/nmod", Published);
        var events = EventCoderTests.Code(doc);
        Assert.Equal(["BOL", "CHL", "PER"], events.Select(e => e.Source!.Code!).Order(StringComparer.Ordinal));
        Assert.All(events, e => Assert.Equal("030", e.Cameo));
        Assert.All(events, e => Assert.Null(e.Target));
    }

    [Fact]
    public void WithoutQuantifier_ConjoinedPledgeStaysMutual()
    {
        var doc = ParsedSentence.From(
            "Chile/PROPN/4/nsubj and/CCONJ/3/cc Peru/PROPN/1/conj expressed/VERB/0/root/express interest/NOUN/4/obj in/ADP/8/case " +
            "the/DET/8/det railway/NOUN/5/nmod", Published);
        var events = EventCoderTests.Code(doc);
        Assert.Equal(["CHL->PER", "PER->CHL"], events.Select(e => $"{e.Source!.Code}->{e.Target?.Code}").Order(StringComparer.Ordinal));
    }
}
