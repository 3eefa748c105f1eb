using System.Collections.Frozen;
using Parley.Documents;
using Parley.Pipeline;

namespace Parley.Frames;

/// <summary>
/// Turns each dependency-parsed sentence into predicate frames: every verb, and every noun that the pattern
/// dictionary knows as an event noun ("visit", "sanctions", "summit") unless it sits in a time adverbial
/// ("after the summit": an event told elsewhere). Adds a <see cref="PredicateFrames"/> layer.
/// Immutable and thread-safe.
/// </summary>
/// <param name="eventNouns">Lemmas of nouns that can be event predicates.</param>
/// <param name="speechVerbs">Lemmas of speech verbs ("say", "state"): their complement clauses are reported speech.</param>
/// <param name="grammar">Negators, future auxiliaries, condition and time words (data/coding/grammar.txt); without them
/// (<see cref="GrammarWords.None"/>) every frame is asserted and no noun is background.</param>
public sealed class FrameBuilder(FrozenSet<string> eventNouns, FrozenSet<string> speechVerbs, GrammarWords? grammar = null) : IPipelineStage
{
    private readonly GrammarWords _grammar = grammar ?? GrammarWords.None;

    /// <inheritdoc />
    public string Name => "frames";

    /// <inheritdoc />
    public Annotations Requires => Annotations.Tags | Annotations.Lemmas | Annotations.Dependencies;

    /// <inheritdoc />
    public Annotations Assigns => Annotations.Frames;

    /// <inheritdoc />
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var frames = new List<PredicateFrame>();
        for (var s = 0; s < document.SentenceCount; s++)
            frames.AddRange(Build(document, s));
        document.SetLayer(new PredicateFrames(frames));
    }

    // The tree repairs, in order: each sees the tree the ones before it left.
    private void Repair(Document document, SentenceData sentence)
    {
        TagRepair.Repair(document, sentence);
        LabelRepair.Repair(document, sentence);
        PossessorRepair.Repair(document, sentence);
        AppositionRepair.Repair(document, sentence);
        NationalityNounRepair.Repair(document, sentence);
        HyphenRepair.Repair(document, sentence);
        ClauseSubordinatorRepair.Repair(document, sentence, _grammar.TimePrepositions);
        NounHeadRepair.Repair(document, sentence, eventNouns);
        AgentRepair.Repair(document, sentence);
        SharedNounRepair.Repair(document, sentence);
        StrayObjectRepair.Repair(document, sentence);
        AdverbialParticipleRepair.Repair(document, sentence);
        ParticleRepair.Repair(document, sentence, _grammar.Particles);
        ClauseRepair.Repair(document, sentence);
        MandativeRepair.Repair(document, sentence, _grammar);
    }

    /// <summary>
    /// The frames of one sentence, in token order. The tree repairs first mend, in the document itself, the tags and
    /// attachments the tree shows wrong (<see cref="TagRepair"/>, <see cref="LabelRepair"/>, <see cref="ClauseRepair"/>
    /// and the others, run in the order listed in one place in this class).
    /// </summary>
    public IReadOnlyList<PredicateFrame> Build(Document document, int sentence)
    {
        ArgumentNullException.ThrowIfNull(document);
        Repair(document, document.Sentences[sentence]);
        var tree = new SentenceTree(document, document.Sentences[sentence]);
        var reader = new FrameReader(tree, speechVerbs, _grammar, eventNouns);
        var frames = new List<PredicateFrame>();
        for (var t = tree.First; t < tree.End; t++)
        {
            // A controlled verb, a to-infinitive adverbial ("rallied to demand …"), or the clause of a demand ("demanded that Y withdraw"), is part of its governing
            // verb's frame; a verb controlled by an adjective ("is about to restore", "is ready to help") is a frame
            // of its own, and so is the infinitive of a passive raising verb ("was seen to break into").
            // A verb conjoined to a controlled verb ("pledged to expand trade and to buy …") is the governing verb's
            // controlled act as well: a second frame of the governing verb.
            if (tree.Upos(t) == Upos.VERB && reader.ConjoinedControlGovernor(t) is var governor and >= 0)
                frames.Add(reader.Verb(sentence, governor, t));
            else if (tree.Upos(t) == Upos.VERB && reader.IsControlledAdverbial(t))
                continue;
            else if (tree.Upos(t) == Upos.VERB && !IsControlled(tree, reader, t) && !InsideControlled(tree, reader, t))
                frames.Add(reader.Verb(sentence, t));
            else if (tree.Upos(t) is Upos.NOUN or Upos.PROPN && eventNouns.Contains(tree.Lemma(t)) && !reader.IsBackground(t)
                && !(tree.Is(t, "obj") && reader.IsControlledAdverbial(tree.Head(t))) && !IsEventName(tree, t))
                frames.Add(reader.Noun(sentence, t));
        }
        return frames;
    }

    // "the Warsaw Uprising", "the Orange Revolution": a capitalized event noun inside a name, not at the start of the
    // sentence, names a past event; it tells no new one.
    private static bool IsEventName(SentenceTree tree, int t) =>
        t > tree.First && tree.Upos(t) == Upos.PROPN && char.IsUpper(tree.Word(t)[0])
        && tree.ChildrenWith(t, "compound").Any(c => tree.Upos(c) == Upos.PROPN && char.IsUpper(tree.Word(c)[0]));

    // A controlled verb ("agreed to help"), the clause of a demand ("demanded that Y withdraw") or a to-infinitive
    // adverbial filling the xcomp slot: part of its governing verb's frame.
    private static bool IsControlled(SentenceTree tree, FrameReader reader, int t) =>
        (tree.Is(t, "xcomp") && tree.Head(t) >= tree.First && tree.Upos(tree.Head(t)) == Upos.VERB && !reader.IsRaised(t))
        || (tree.Is(t, "ccomp") && reader.DemandedClause(tree.Head(t)) == t)
        || IsPurpose(tree, reader, t);

    // A verb inside a controlled act — its conjunct ("demanded that students end their protests and return to
    // classes"), an adverbial ("refused to cooperate on reopening the crossing"), a relative clause on its object
    // ("demanded that the EU provide the aid it had promised") — is part of what is wanted, refused or agreed,
    // not an act told in its own right.
    // A conjunct with a subject of its own ("… to reopen the border and Quito agreed") is a clause of its own.
    private static bool InsideControlled(SentenceTree tree, FrameReader reader, int t)
    {
        if (tree.Is(t, "conj") && tree.Child(t, "nsubj") >= 0)
            return false;
        for (var x = tree.Head(t); x >= tree.First; x = tree.Head(x))
            if (tree.Upos(x) == Upos.VERB && IsControlled(tree, reader, x))
                return true;
        return false;
    }

    // The verb whose xcomp slot a to-infinitive adverbial (or one hung from its object) fills, as a frame of its own.
    private static bool IsPurpose(SentenceTree tree, FrameReader reader, int t)
    {
        var h = tree.Is(t, "acl") && tree.Head(t) >= tree.First && tree.Is(tree.Head(t), "obj") ? tree.Head(tree.Head(t)) : tree.Is(t, "advcl") ? tree.Head(t) : -1;
        return h >= tree.First && tree.Upos(h) == Upos.VERB && reader.PurposeClause(h) == t;
    }
}
