using System.Collections.Frozen;
using Parley.Actors;
using Parley.Frames;
using Parley.Tests.Support;

namespace Parley.Tests.Frames;

public class LabelRepairTests
{
    private static readonly FrameBuilder Builder = new(FrozenSet<string>.Empty, FrozenSet.Create(StringComparer.Ordinal, "say", "hint"));

    private static string Word(string parsed, int token) => parsed.Split(' ')[token].Split('/')[0];

    [Fact]
    public void A_named_actor_read_as_a_clausal_subject_is_the_subject()
    {
        // "Rohan on Monday shelled the fort": the tagger took the sentence's first name for a verb.
        const string s = "Rohan/VERB/4/csubj/rohan on/ADP/3/case Monday/PROPN/1/obl shelled/VERB/0/root/shell the/DET/6/det fort/NOUN/4/obj";
        var doc = ParsedSentence.From(s);
        doc.SetLayer(new ActorMentions([new ActorMention(0, 1, 0, 5, "Rohan", "ROH", null, "ROH", "Rohan", null, ActorEntryKind.Country, "name", "t:1", ActorMentionFlags.None)]));
        var frames = Builder.Build(doc, 0);
        var f = Assert.Single(frames);
        Assert.Equal("shell", f.Frame.Predicate);
        Assert.Equal("Rohan", Word(s, f.Subject));
        Assert.Contains(f.Frame.Prepositions, p => p.Preposition == "on");
    }

    [Fact]
    public void A_verb_read_as_a_clausal_subject_outside_any_actor_is_left_alone()
    {
        const string s = "Leaving/VERB/2/csubj/leave was/VERB/0/root/be hard/ADJ/2/xcomp";
        var frames = Builder.Build(ParsedSentence.From(s), 0);
        Assert.Contains(frames, f => f.Frame.Predicate == "leave");
    }

    [Fact]
    public void An_xcomp_with_its_own_subject_is_a_clausal_complement()
    {
        // "Rohan hinted it would acting soon": a reported clause, an act of its own with its own subject.
        const string s = "Rohan/PROPN/2/nsubj hinted/VERB/0/root/hint it/PRON/5/nsubj would/AUX/5/aux acting/VERB/2/xcomp/act soon/ADV/5/advmod";
        var frames = Builder.Build(ParsedSentence.From(s), 0);
        var act = Assert.Single(frames, f => f.Frame.Predicate == "act");
        Assert.Equal("it", Word(s, act.Subject));
        Assert.Null(Assert.Single(frames, f => f.Frame.Predicate == "hint").Frame.Xcomp);
    }
}
