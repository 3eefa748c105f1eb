using Parley.Patterns;

namespace Parley.Frames;

/// <summary>How a predicate is asserted.</summary>
public enum Modality
{
    /// <summary>Reported as having happened or happening.</summary>
    Asserted,
    /// <summary>Negated ("did not meet"): not the act.</summary>
    Negated,
    /// <summary>Announced, intended or future ("will retaliate").</summary>
    Intended,
    /// <summary>Under a condition ("if talks fail, …").</summary>
    Conditional,
    /// <summary>Asked, not asserted ("Will they meet?").</summary>
    Question,
}

/// <summary>
/// A predicate of a parsed sentence with its arguments, tied to the tokens they come from: the abstract
/// <see cref="Patterns.Frame"/> used for pattern matching, plus the source token, the token of every argument,
/// the modality, and the speaker when the predicate is reported speech ("Trump said Putin agreed …").
/// </summary>
/// <param name="Sentence">Sentence index.</param>
/// <param name="Predicate">Token of the predicate (verb or event noun).</param>
/// <param name="Frame">The frame for pattern matching.</param>
/// <param name="Subject">Token heading the source phrase (the agent of a passive), or -1.</param>
/// <param name="Modality">Asserted, negated, intended, conditional or question.</param>
/// <param name="SpeechVerb">Token of the speech verb this predicate is reported under, or -1.</param>
/// <param name="Arguments">Token heading each frame argument (compared by reference).</param>
public sealed record PredicateFrame(int Sentence, int Predicate, Frame Frame, int Subject, Modality Modality, int SpeechVerb,
    IReadOnlyDictionary<FrameArgument, int> Arguments)
{
    /// <summary>The token heading <paramref name="argument"/>, or -1 when it is not one of this frame's.</summary>
    public int TokenOf(FrameArgument? argument) => argument is not null && Arguments.TryGetValue(argument, out var t) ? t : -1;
}

/// <summary>The frames of a document, in predicate order.</summary>
public sealed record PredicateFrames(IReadOnlyList<PredicateFrame> Items);
