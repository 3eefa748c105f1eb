using System.Collections.Immutable;
using Parley.Patterns;

namespace Parley.Frames;

internal sealed partial class FrameReader
{
    // The subject as patterns test it (subj:): head, modifiers, whether conjoined ("Arnor and Gondor"). It is not
    // one of the frame's arguments (never a target), so it is not recorded in the argument map.
    private FrameArgument? SubjectArgument(int s) => s < 0 ? null : new FrameArgument(tree.Lemma(s))
    {
        Modifiers = Modifiers(s),
        Classes = tree.InActor(s) ? ActorClass : [],
        Conjoined = tree.Child(s, "conj") >= 0,
        Preceding = Preceding(s),
    };

    // The adjective or compound modifier right before a head ("trade" in "economic trade relations"), or null.
    private string? Preceding(int t) =>
        t > tree.First && tree.Head(t - 1) == t && (tree.Is(t - 1, "amod") || tree.Is(t - 1, "compound")) ? tree.Lemma(t - 1) : null;

    // The words before the predicate in its sentence (pre:), each as its lemma and its lower-case form.
    private ImmutableArray<string> WordsBefore(int t) => WordsOf(tree.First, t);

    // The words after the predicate in its sentence (post:): two entries a token, its lemma and its lower-case form.
    private ImmutableArray<string> TokensAfter(int t)
    {
        var words = ImmutableArray.CreateBuilder<string>(2 * Math.Max(0, tree.End - t - 1));
        for (var i = t + 1; i < tree.End; i++)
        {
            words.Add(tree.Lemma(i));
            words.Add(tree.LowerWord(i));
        }
        return words.MoveToImmutable();
    }

    // The words of tokens from..end-1, each as its lemma and (when it differs) its lower-case form.
    private ImmutableArray<string> WordsOf(int from, int end)
    {
        var words = ImmutableArray.CreateBuilder<string>(2 * (end - from));
        for (var i = from; i < end; i++)
        {
            var lemma = tree.Lemma(i);
            var form = tree.LowerWord(i);
            words.Add(lemma);
            if (form != lemma)
                words.Add(form);
        }
        return words.ToImmutable();
    }
}
