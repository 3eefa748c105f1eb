namespace Parley.Frames;

/// <summary>The frame reader's control rules: what else a promise, an agreement or an offer governs.</summary>
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
}
