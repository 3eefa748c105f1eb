namespace Parley.Frames;

/// <summary>The frame reader's control rules: what else a promise, an agreement, an offer or a demand governs (controlled verbs, purpose clauses, demanded clauses, raising).</summary>
internal sealed partial class FrameReader
{
    /// <summary>
    /// The governing verb of <paramref name="t"/> when t is a verb conjoined to a controlled verb ("pledged to expand
    /// trade and to buy more soybeans"): the second act is pledged too, so it is that verb's controlled act, not an
    /// act of its own; else -1.
    /// </summary>
    public int ConjoinedControlGovernor(int t) => tree.Is(t, "conj") ? ControlGovernor(t) : -1;

    /// <summary>
    /// True when <paramref name="t"/> is a subjectless adverbial clause with a marker of a controlled verb ("agreed to
    /// cooperate with India in investigating the bombing"): the manner of the promised act, promised with it, not an
    /// act of its own.
    /// </summary>
    public bool IsControlledAdverbial(int t) =>
        tree.Is(t, "advcl") && tree.Children(t).Any(c => tree.Is(c, "mark") && tree.Lemma(c) != "to") && ControlGovernor(t) >= 0;

    private int ControlGovernor(int t)
    {
        var x = tree.Head(t);
        if (x < tree.First || !tree.Is(x, "xcomp") || tree.Upos(x) != Documents.Upos.VERB || IsRaised(x)
            || tree.Child(t, "nsubj") >= 0 || tree.Child(t, "nsubj:pass") >= 0)
            return -1;
        var h = tree.Head(x);
        return h >= tree.First && tree.Upos(h) == Documents.Upos.VERB ? h : -1;
    }

    /// <summary>
    /// The verb of a to-infinitive adverbial of <paramref name="t"/> ("rallied to demand …"), or one the parser hung
    /// from t's object ("blocked the road to demand …") unless that is an event noun whose content it is ("an
    /// ultimatum to leave") and t is not a verb about its object ("rejected calls to change its policy": what is
    /// rejected is the change), when t has no xcomp
    /// and no demanded clause, or -1: it fills t's xcomp slot. The purpose of a passive ("were deployed to protect
    /// civilians") stays a frame of its own, done by the patient.
    /// </summary>
    public int PurposeClause(int t)
    {
        foreach (var x in tree.Children(t))
            if (tree.Is(x, "xcomp") && tree.Upos(x) is Documents.Upos.VERB)
                return -1;
        if (DemandedClause(t) >= 0 || PassiveSubject(t) >= 0)
            return -1;
        foreach (var c in tree.Children(t))
            if (tree.Is(c, "advcl") && IsToInfinitive(c))
                return c;
        foreach (var o in tree.Children(t))
            if (tree.Is(o, "obj") && (!eventNouns.Contains(tree.Lemma(o)) || grammar.TopicVerbs.Contains(tree.Lemma(t))))
                foreach (var c in tree.Children(o))
                    if (tree.Is(c, "acl") && IsToInfinitive(c))
                        return c;
        return -1;
    }

    // A subjectless verb with the marker "to".
    private bool IsToInfinitive(int c) =>
        tree.Upos(c) == Documents.Upos.VERB && tree.Child(c, "nsubj") < 0 && tree.HasChild(c, "mark", "to");

    /// <summary>
    /// True when <paramref name="t"/> is the to-infinitive of an agentless passive raising verb ("was seen to break
    /// into", "is said to be planning"): an act of its own, done by the passive subject, not the governing verb's.
    /// </summary>
    public bool IsRaised(int t)
    {
        var h = tree.Head(t);
        // nsubj also finds nsubj:pass; the parser may call a passive subject nsubj ("Gollum was seen to …").
        return tree.Is(t, "xcomp") && h >= tree.First && tree.Upos(h) == Documents.Upos.VERB && grammar.RaisingVerbs.Contains(tree.Lemma(h))
            && tree.Child(h, "aux:pass") >= 0 && tree.Child(h, "nsubj") >= 0
            && !tree.ChildrenWith(h, "obl").Any(c => tree.Is(c, "obl:agent") || Case(c) == "by");
    }

    /// <summary>
    /// The verb of a that-clause governed by a verb that is not a speech verb, or by a mandative speech verb whose
    /// clause is a subjunctive ("insisted that Germany increase …": a demand, not a report), or -1.
    /// </summary>
    public int DemandedClause(int t)
    {
        var speech = speechVerbs.Contains(tree.Lemma(t));
        if (speech && !grammar.MandativeVerbs.Contains(tree.Lemma(t)))
            return -1;
        foreach (var c in tree.Children(t))
            if (tree.Is(c, "ccomp") && tree.Upos(c) == Documents.Upos.VERB && (!speech || IsSubjunctive(c)))
                return c;
        return -1;
    }

    // "that Germany increase …": a bare verb without an auxiliary after a singular third-person noun subject, which
    // the indicative would inflect ("increases").
    private bool IsSubjunctive(int verb)
    {
        var doc = tree.Document;
        var subject = tree.Child(verb, "nsubj");
        return subject >= 0 && tree.Upos(subject) is Documents.Upos.NOUN or Documents.Upos.PROPN
            && doc.Strings[doc.Tokens[subject].Xpos] is "NN" or "NNP"
            && string.Equals(tree.Word(verb), tree.Lemma(verb), StringComparison.OrdinalIgnoreCase)
            && !tree.Children(verb).Any(c => tree.Rel(c).StartsWith("aux", StringComparison.Ordinal) || tree.Is(c, "cop"));
    }
}
