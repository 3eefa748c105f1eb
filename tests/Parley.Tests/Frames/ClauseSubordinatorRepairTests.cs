using System.Collections.Frozen;
using System.Collections.Immutable;
using Parley.Frames;
using Parley.Tests.Support;

namespace Parley.Tests.Frames;

/// <summary>A time subordinator read as a preposition, making the later clause's verb the root (<see cref="ClauseSubordinatorRepair"/>).</summary>
public class ClauseSubordinatorRepairTests
{
    private static readonly GrammarWords Grammar = GrammarWords.None with
    {
        TimePrepositions = FrozenSet.Create(StringComparer.Ordinal, "after", "before", "until"),
    };

    private static readonly FrameBuilder Builder = new(FrozenSet<string>.Empty, FrozenSet.Create(StringComparer.Ordinal, "say"), Grammar);

    [Fact]
    public void The_first_verb_is_the_root_and_the_time_clause_its_adverbial()
    {
        // "Dock workers ended their strike after the port authority raised wages": "ended" read as an acl of "workers",
        // "after the authority" as its prepositional phrase, "raised" as the root.
        const string s = "Dock/NOUN/2/compound workers/NOUN/10/nsubj ended/VERB/2/acl/end their/PRON/5/nmod:poss strike/NOUN/3/obj "
            + "after/ADP/9/case the/DET/9/det port/NOUN/9/compound authority/NOUN/3/obl raised/VERB/0/root/raise wages/NOUN/10/obj ./PUNCT/10/punct";
        var doc = ParsedSentence.From(s);
        var frames = Builder.Build(doc, 0);
        var end = Assert.Single(frames, f => f.Frame.Predicate == "end");
        Assert.Equal(1, end.Subject);
        Assert.Equal(-1, doc.Tokens[2].Head);
        var raise = Assert.Single(frames, f => f.Frame.Predicate == "raise");
        Assert.Equal(8, raise.Subject);
        Assert.Equal("mark", doc.Strings[doc.Tokens[5].DepRel]);
    }

    [Fact]
    public void A_participle_with_a_place_phrase_is_left_alone()
    {
        // "Workers stranded in the port demanded wages": "in" is no time subordinator.
        const string s = "Workers/NOUN/6/nsubj stranded/VERB/1/acl/strand in/ADP/5/case the/DET/5/det port/NOUN/2/obl demanded/VERB/0/root/demand wages/NOUN/6/obj";
        var doc = ParsedSentence.From(s);
        Builder.Build(doc, 0);
        Assert.Equal(0, doc.Tokens[1].Head);
        Assert.Equal("acl", doc.Strings[doc.Tokens[1].DepRel]);
    }
}
