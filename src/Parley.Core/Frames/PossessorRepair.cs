using Parley.Actors;
using Parley.Documents;

namespace Parley.Frames;

/// <summary>
/// Gives a possessor back to the agent the actors stage joined it to: in "Bahrain's king rejected opposition demands"
/// the parser hangs "Bahrain" as the possessor of "demands", while the mention "Bahrain's king" says whose king it
/// is. A possessor inside a mention, with its possessive marker before the mention's last word and its head outside
/// the mention, is the possessor of the mention's last word.
/// The document is changed in place, so the coder's lookups see the same tree.
/// </summary>
internal static class PossessorRepair
{
    /// <summary>Repairs the sentence's possessors; true when it changed the tree.</summary>
    public static bool Repair(Document doc, SentenceData sentence)
    {
        if (doc.GetLayer<ActorMentions>() is not { } mentions)
            return false;
        SentenceTree? tree = null;
        var changed = false;
        foreach (var m in mentions.Items)
        {
            var last = m.EndToken - 1;
            if (m.FirstToken < sentence.FirstToken || m.EndToken > sentence.EndToken || last <= m.FirstToken
                || doc.Tokens[last].Upos is not (Upos.NOUN or Upos.PROPN))
                continue;
            // The tree is made only for a sentence holding a mention of two words or more that ends in a noun.
            tree ??= new SentenceTree(doc, sentence);
            for (var t = m.FirstToken; t < last; t++)
                if (tree.Is(t, "nmod:poss") && (tree.Head(t) < m.FirstToken || tree.Head(t) > last)
                    && tree.Child(t, "case") is var marker && marker > t && marker < last && tree.Head(last) != t)
                {
                    TreeEdit.Set(doc, t, last, "nmod:poss");
                    changed = true;
                }
        }
        return changed;
    }
}
