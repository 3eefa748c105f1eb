using System.Collections.Frozen;
using Parley.Actors;
using Parley.Frames;
using Parley.Tests.Support;

namespace Parley.Tests.Frames;

/// <summary>A that-clause whose subjunctive verb the tagger read as a noun ("demanded that Gondor return the envoy").</summary>
public class NominalClauseRepairTests
{
    private static readonly FrameBuilder Builder = new(FrozenSet<string>.Empty, FrozenSet.Create(StringComparer.Ordinal, "say"));

    private static ActorMention Gondor(int token, int start) =>
        new(token, token + 1, start, start + 6, "Gondor", "GON", null, "GON", "Gondor", null, ActorEntryKind.Country, "name", "t:1", ActorMentionFlags.None);

    [Fact]
    public void The_noun_after_the_clauses_actor_is_its_verb()
    {
        // "Rohan insisted that Gondor return the envoy": "return" read as a noun with "Gondor" as its compound.
        const string s = "Rohan/PROPN/2/nsubj insisted/VERB/0/root/insist that/SCONJ/7/mark Gondor/PROPN/5/compound return/NOUN/7/nsubj the/DET/7/det envoy/NOUN/2/ccomp";
        var doc = ParsedSentence.From(s);
        doc.SetLayer(new ActorMentions([Gondor(3, 20)]));
        var insist = Assert.Single(Builder.Build(doc, 0), f => f.Frame.Predicate == "insist").Frame;
        Assert.Equal("return", insist.Xcomp!.Predicate);
        Assert.Equal("gondor", insist.Object!.Lemma);
        Assert.Equal("envoy", insist.Xcomp.Object!.Lemma);
    }

    [Fact]
    public void A_clause_without_an_actor_before_the_noun_is_left_alone()
    {
        const string s = "Rohan/PROPN/2/nsubj insisted/VERB/0/root/insist that/SCONJ/7/mark the/DET/5/det return/NOUN/7/nsubj the/DET/7/det envoy/NOUN/2/ccomp";
        var insist = Assert.Single(Builder.Build(ParsedSentence.From(s), 0), f => f.Frame.Predicate == "insist").Frame;
        Assert.Null(insist.Xcomp);
    }
}
