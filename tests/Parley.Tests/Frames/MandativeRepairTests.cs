using System.Collections.Frozen;
using Parley.Frames;
using Parley.Tests.Support;

namespace Parley.Tests.Frames;

public class MandativeRepairTests
{
    private static readonly FrozenSet<string> Mandative = FrozenSet.Create(StringComparer.Ordinal, "demand", "urge");

    private static readonly FrameBuilder Builder = new(FrozenSet<string>.Empty, FrozenSet.Create(StringComparer.Ordinal, "say"),
        GrammarWords.None with { MandativeVerbs = Mandative });

    [Fact]
    public void BareVerbReadAsAdjective_BecomesTheDemandedAct()
    {
        // "Gondor demanded that Arnor extradite the smugglers.": the verb tagged as an adjective of the object.
        const string s = "Gondor/PROPN/2/nsubj demanded/VERB/0/root/demand that/SCONJ/7/mark Arnor/PROPN/5/compound " +
                         "extradite/ADJ/7/amod the/DET/7/det smugglers/NOUN/2/ccomp/smuggler ./PUNCT/2/punct";
        var doc = ParsedSentence.From(s);
        var demand = Assert.Single(Builder.Build(doc, 0), f => f.Frame.Predicate == "demand").Frame;
        Assert.Equal("extradite", demand.Xcomp?.Predicate);
        Assert.Equal("smuggler", demand.Xcomp?.Object?.Lemma);
        Assert.Equal("arnor", demand.Object?.Lemma);
    }

    [Fact]
    public void BareVerbReadAsNoun_TakesItsPrepositionalPhrase()
    {
        // "Rohan urged that the Council mediate between the clans.": the verb read as the subject noun.
        const string s = "Rohan/PROPN/2/nsubj urged/VERB/0/root/urge that/SCONJ/10/mark the/DET/6/det Council/PROPN/6/compound " +
                         "mediate/NOUN/10/nsubj between/ADP/9/case the/DET/9/det clans/NOUN/6/nmod/clan ./PUNCT/2/punct";
        var doc = ParsedSentence.From(s);
        var urge = Assert.Single(Builder.Build(doc, 0), f => f.Frame.Predicate == "urge").Frame;
        Assert.Equal("mediate", urge.Xcomp?.Predicate);
        Assert.Equal(["between"], urge.Xcomp!.Prepositions.Select(p => p.Preposition));
    }

    [Theory]
    // the clause has a verb of its own
    [InlineData("Gondor/PROPN/2/nsubj demanded/VERB/0/root/demand that/SCONJ/5/mark Arnor/PROPN/5/nsubj return/VERB/2/ccomp the/DET/7/det ships/NOUN/5/obj/ship ./PUNCT/2/punct")]
    // not a mandative verb
    [InlineData("Gondor/PROPN/2/nsubj feared/VERB/0/root/fear that/SCONJ/7/mark Arnor/PROPN/5/compound extradite/ADJ/7/amod the/DET/7/det smugglers/NOUN/2/ccomp/smuggler ./PUNCT/2/punct")]
    public void OtherClauses_AreLeftAlone(string parsed)
    {
        var doc = ParsedSentence.From(parsed);
        Assert.False(MandativeRepair.Repair(doc, doc.Sentences[0], GrammarWords.None with { MandativeVerbs = Mandative }));
    }
}
