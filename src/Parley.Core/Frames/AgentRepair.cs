using Parley.Documents;

namespace Parley.Frames;

/// <summary>
/// Gives a passive verb back its agent: a "by" phrase naming an actor that the parser hung on a noun of the verb's own
/// phrase ("Sanctions were imposed on three Russian banks [by Japan]", "Protesters were dispersed with tear gas [by riot
/// police]"), or on the adjective that completes the verb ("Three soldiers were shot dead [by troops]"), is the verb's
/// <c>obl:agent</c> when the verb has none of its own. The document is changed in place, so the coder's lookups see the
/// same tree.
/// </summary>
internal static class AgentRepair
{
    /// <summary>Repairs the sentence's agents; true when it changed the tree.</summary>
    public static bool Repair(Document doc, SentenceData sentence) => TreeEdit.EachToken(doc, sentence, 0, Fix);

    private static bool Fix(SentenceTree tree, int t)
    {
        if (!IsNominalAgent(tree, t) || PassiveVerb(tree, tree.Head(t)) is not (var verb and >= 0))
            return false;
        TreeEdit.Set(tree.Document, t, verb, "obl:agent");
        return true;
    }

    // A noun modifier, or an oblique of a completing adjective, introduced by "by" that names an actor.
    private static bool IsNominalAgent(SentenceTree tree, int t) =>
        (tree.Rel(t) == "nmod" || (tree.Rel(t) == "obl" && IsCompletingAdjective(tree, tree.Head(t))))
        && tree.InActor(t) && HasBy(tree, t);

    // "shot dead", "beaten unconscious": an adjective the verb controls.
    private static bool IsCompletingAdjective(SentenceTree tree, int t) =>
        t >= tree.First && tree.Upos(t) == Upos.ADJ && tree.Rel(t) == "xcomp";

    private static bool HasBy(SentenceTree tree, int t) =>
        tree.Children(t).Any(c => tree.Is(c, "case") && tree.Lemma(c) == "by");

    // The passive verb whose phrase noun h is in (reached through nouns, or its completing adjective) when it has no
    // agent of its own; else -1.
    private static int PassiveVerb(SentenceTree tree, int h)
    {
        for (var x = h; x >= tree.First; x = tree.Head(x))
        {
            if (tree.Upos(x) == Upos.VERB)
                return IsPassive(tree, x) && !tree.Children(x).Any(c => tree.Rel(c).StartsWith("obl", StringComparison.Ordinal) && HasBy(tree, c)) ? x : -1;
            if (tree.Upos(x) is not (Upos.NOUN or Upos.PROPN or Upos.NUM) && !IsCompletingAdjective(tree, x))
                return -1;
        }
        return -1;
    }

    private static bool IsPassive(SentenceTree tree, int verb) =>
        tree.Children(verb).Any(c => tree.Rel(c) is "aux:pass" or "nsubj:pass");
}
