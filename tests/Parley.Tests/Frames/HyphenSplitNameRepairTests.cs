using System.Collections.Frozen;
using Parley.Actors;
using Parley.Frames;
using Parley.Tests.Support;

namespace Parley.Tests.Frames;

/// <summary>A hyphenated modifier split from the name it modifies ("to storm-hit Peru") is that name's adjective.</summary>
public class HyphenSplitNameRepairTests
{
    private static readonly FrameBuilder Builder = new(FrozenSet<string>.Empty, FrozenSet.Create(StringComparer.Ordinal, "say"));

    private static IReadOnlyList<PredicateFrame> Frames(string parsed, int actorToken)
    {
        var doc = ParsedSentence.From(parsed);
        doc.SetLayer(new ActorMentions([new ActorMention(actorToken, actorToken + 1, 0, 4, "Peru", "PER", null, "PER", "Peru", null, ActorEntryKind.Country, "name", "t:1", ActorMentionFlags.None)]));
        return Builder.Build(doc, 0);
    }

    [Fact]
    public void The_name_after_a_hyphenated_modifier_takes_its_preposition()
    {
        const string s = "Chile/PROPN/2/nsubj shipped/VERB/0/root/ship food/NOUN/2/obj to/ADP/7/case storm/NOUN/7/compound -/PUNCT/5/punct hit/NOUN/2/obl Peru/PROPN/2/obl";
        var f = Assert.Single(Frames(s, 7));
        var to = Assert.Single(f.Frame.Prepositions, p => p.Preposition == "to");
        Assert.Equal("peru", to.Argument.Lemma);
        Assert.Equal(7, f.TokenOf(to.Argument));
    }

    [Fact]
    public void Without_a_hyphen_the_parse_is_left_alone()
    {
        const string s = "Chile/PROPN/2/nsubj shipped/VERB/0/root/ship food/NOUN/2/obj to/ADP/5/case ports/NOUN/2/obl/port Peru/PROPN/2/obl";
        var f = Assert.Single(Frames(s, 5));
        Assert.Equal("port", Assert.Single(f.Frame.Prepositions, p => p.Preposition == "to").Argument.Lemma);
    }
}
