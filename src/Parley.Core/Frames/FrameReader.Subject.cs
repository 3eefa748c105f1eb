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

    // The words before the predicate in its sentence (pre:), each as its lemma and (when it differs) its lower-case form.
    private ReadOnlyMemory<string> WordsBefore(int t) => tree.Words(tree.First, t);

    // The words after the predicate in its sentence (post:): two entries a token, its lemma and its lower-case form.
    private ReadOnlyMemory<string> TokensAfter(int t) => tree.WordPairsAfter(t);
}
