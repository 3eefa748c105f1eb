using System.Collections.Frozen;
using Parley.Documents;
using Parley.Frames;
using Parley.Tests.Support;

namespace Parley.Tests.Frames;

/// <summary>Words the tagger read as the wrong part of speech where the tree shows it (<see cref="TagRepair"/>).</summary>
public class TagRepairTests
{
    private static readonly FrameBuilder Builder = new(FrozenSet<string>.Empty, FrozenSet.Create(StringComparer.Ordinal, "say"));

    [Fact]
    public void The_word_after_an_infinitival_to_hung_on_a_noun_is_the_controlled_verb()
    {
        // "Gondor vowed to back Arnor's claim": "back" read as an adverb, "to" and "back" hung on "claim".
        const string s = "Gondor/PROPN/2/nsubj vowed/VERB/0/root/vow to/PART/7/mark back/ADV/7/advmod Arnor/PROPN/7/nmod:poss "
            + "'s/PART/5/case claim/NOUN/2/ccomp";
        var doc = ParsedSentence.From(s);
        var vow = Assert.Single(Builder.Build(doc, 0), f => f.Frame.Predicate == "vow").Frame;
        Assert.Equal("back", vow.Xcomp!.Predicate);
        Assert.Equal("claim", vow.Xcomp.Object!.Lemma);
        Assert.Equal(Upos.VERB, doc.Tokens[3].Upos);
    }

    [Fact]
    public void A_verb_conjunct_without_coordinator_after_a_noun_heads_that_noun_phrase()
    {
        // "The council opened a review into alleged land seizures by police": "seizures" read as a verb conjoined
        // to "opened".
        const string s = "The/DET/2/det council/NOUN/3/nsubj opened/VERB/0/root/open a/DET/5/det review/NOUN/3/obj into/ADP/8/case "
            + "alleged/ADJ/8/amod land/NOUN/5/nmod seizures/VERB/3/conj/seize by/ADP/11/case police/NOUN/9/obl";
        var doc = ParsedSentence.From(s);
        var open = Assert.Single(Builder.Build(doc, 0), f => f.Frame.Predicate == "open").Frame;
        Assert.Equal(Upos.NOUN, doc.Tokens[8].Upos);
        Assert.Equal(4, doc.Tokens[8].Head);
        Assert.Equal("compound", doc.Strings[doc.Tokens[7].DepRel]);
        Assert.Equal("review", open.Object!.Lemma);
    }

    [Fact]
    public void A_verb_conjunct_after_a_comma_is_left_a_verb()
    {
        const string s = "Rohan/PROPN/2/nsubj met/VERB/0/root/meet envoys/NOUN/2/obj ,/PUNCT/5/punct signed/VERB/2/conj/sign deals/NOUN/5/obj";
        var doc = ParsedSentence.From(s);
        Builder.Build(doc, 0);
        Assert.Equal(Upos.VERB, doc.Tokens[4].Upos);
    }

    [Fact]
    public void A_verb_conjoined_after_an_object_with_a_bare_noun_subject_is_a_second_object()
    {
        // "Norway shipped blankets and water filter kits to Chad": "kits" read as a verb whose subject is "filter".
        const string s = "Norway/PROPN/2/nsubj shipped/VERB/0/root/ship blankets/NOUN/2/obj and/CCONJ/7/cc water/NOUN/6/compound "
            + "filter/NOUN/7/nsubj kits/VERB/2/conj/kit to/ADP/9/case Chad/PROPN/7/obl";
        var doc = ParsedSentence.From(s);
        var ship = Assert.Single(Builder.Build(doc, 0), f => f.Frame.Predicate == "ship").Frame;
        Assert.Equal(Upos.NOUN, doc.Tokens[6].Upos);
        Assert.Equal(2, doc.Tokens[6].Head);
        Assert.Contains(ship.Prepositions, p => p.Preposition == "to");
    }

    [Fact]
    public void A_conjoined_verb_whose_subject_has_a_determiner_is_left_a_verb()
    {
        const string s = "Norway/PROPN/2/nsubj shipped/VERB/0/root/ship blankets/NOUN/2/obj and/CCONJ/7/cc the/DET/6/det "
            + "army/NOUN/7/nsubj helps/VERB/2/conj/help";
        var doc = ParsedSentence.From(s);
        Builder.Build(doc, 0);
        Assert.Equal(Upos.VERB, doc.Tokens[6].Upos);
    }
}
