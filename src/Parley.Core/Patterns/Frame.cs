using System.Collections.Immutable;

namespace Parley.Patterns;

/// <summary>
/// An event predicate and its arguments, abstracted from a dependency parse: a verb (with particle: "call on")
/// or an event noun ("visit", "sanctions"), negation, the direct object, prepositional arguments, the
/// controlled verb of an xcomp ("agreed to help"), and modifiers of a noun predicate ("military aid").
/// All words are lemmas; matching ignores case.
/// </summary>
public sealed record Frame(string Predicate)
{
    /// <summary>True when the predicate is an event noun rather than a verb.</summary>
    public bool IsNoun { get; init; }

    /// <summary>True when the predicate is negated ("did not meet").</summary>
    public bool Negated { get; init; }

    /// <summary>The verb particle ("out" in "carry out"), or null.</summary>
    public string? Particle { get; init; }

    /// <summary>The direct object, or null.</summary>
    public FrameArgument? Object { get; init; }

    /// <summary>Prepositional arguments in sentence order ("with" Kim, "to" Pyongyang).</summary>
    public ImmutableArray<PrepositionalArgument> Prepositions { get; init; } = [];

    /// <summary>The controlled clause ("help" in "agreed to help"), itself a frame, or null.</summary>
    public Frame? Xcomp { get; init; }

    /// <summary>Adjective and compound modifiers of a noun predicate ("military" in "military strike").</summary>
    public ImmutableArray<string> Modifiers { get; init; } = [];

    /// <summary>
    /// The subject (the source phrase: the agent of a passive) with its modifiers and whether it is conjoined, or null.
    /// Never a target; patterns test it with <c>subj:</c>.
    /// </summary>
    public FrameArgument? Subject { get; init; }

    /// <summary>
    /// The words standing before the predicate in its sentence, each as its lemma and its lower-case form ("said",
    /// "say", "would"), tested by <c>pre:</c>.
    /// </summary>
    public ReadOnlyMemory<string> Before { get; init; }

    /// <summary>
    /// The words standing after the predicate in its sentence (<c>post:</c>), two entries a word: its lemma, then its
    /// lower-case form (entries 2k and 2k+1 are the k-th word after the predicate).
    /// </summary>
    public ReadOnlyMemory<string> After { get; init; }

    /// <summary>The word right before the predicate, as its lemma and its lower-case form (<c>pre:^</c>); empty at a sentence start.</summary>
    public ReadOnlyMemory<string> Preceding { get; init; }

    /// <summary>The dictionary key: the lemma, plus the particle when there is one ("call on").</summary>
    public string Key => Particle is { Length: > 0 } p ? $"{Predicate} {p}" : Predicate;

    /// <summary>
    /// The predicate's lower-case word when it is not its lemma ("left" for "leave"), or null: a dictionary that
    /// lists verbs by their written forms (PETRARCH's <c>LEFT [042:043]</c>) matches it before the lemma.
    /// </summary>
    public string? Form { get; init; }

    /// <summary>The key of <see cref="Form"/> (with the particle), or null when the form is the lemma.</summary>
    public string? FormKey => Form is null ? null : Particle is { Length: > 0 } p ? $"{Form} {p}" : Form;
}

/// <summary>
/// A noun-phrase argument: head lemma, its adjective/compound modifiers, and extra synset names ("&amp;PERSON")
/// that the frame builder knows apply (for example from entity recognition).
/// </summary>
public sealed record FrameArgument(string Lemma)
{
    /// <summary>Adjective and compound modifier lemmas ("humanitarian" in "humanitarian aid").</summary>
    public ImmutableArray<string> Modifiers { get; init; } = [];

    /// <summary>The lemma of the adjective or compound modifier standing right before the head ("trade" in "economic trade relations"), or null.</summary>
    public string? Preceding { get; init; }

    /// <summary>True when the phrase is conjoined with others ("Arnor <b>and Gondor</b>"): it satisfies <c>%</c>.</summary>
    public bool Conjoined { get; init; }

    /// <summary>Synset names the argument belongs to beyond the dictionary's own synsets.</summary>
    public ImmutableArray<string> Classes { get; init; } = [];

    /// <summary>
    /// Prepositional phrases the parser attached to this argument's head ("restrictions <b>on journalists</b>",
    /// "an inquiry <b>into abuses</b>"). For the direct object they can satisfy the predicate's own preposition
    /// constraints; empty when the frame builder does not record them.
    /// </summary>
    public ImmutableArray<PrepositionalArgument> Prepositions { get; init; } = [];
}

/// <summary>A prepositional argument: the preposition ("with", "on behalf of") and its object.</summary>
public sealed record PrepositionalArgument(string Preposition, FrameArgument Argument);
