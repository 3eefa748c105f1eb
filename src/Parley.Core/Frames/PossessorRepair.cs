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
        var items = mentions.Items;
        // The layer is in text order: only the sentence's own mentions are read, not the whole document's.
        for (var i = FirstAtOrAfter(items, sentence.FirstToken); i < items.Count && items[i].FirstToken < sentence.EndToken; i++)
        {
            var m = items[i];
            var last = m.EndToken - 1;
            if (m.EndToken > sentence.EndToken || last <= m.FirstToken || doc.Tokens[last].Upos is not (Upos.NOUN or Upos.PROPN))
                continue;
            // The tree is made only for a sentence holding a mention of two words or more that ends in a noun.
            tree ??= new SentenceTree(doc, sentence);
            for (var t = m.FirstToken; t < last; t++)
                if (tree.Is(t, "nmod:poss") && (tree.Head(t) < m.FirstToken || tree.Head(t) > last)
                    && tree.Child(t, "case") is var marker && marker > t && marker < last && tree.Head(last) != t)
                {
                    TreeEdit.Set(doc, t, last, "nmod:poss");
                    changed = true;
                    // Later checks read child lists: read them from the edited tree.
                    tree = new SentenceTree(doc, sentence);
                }
        }
        return changed;
    }

    // The index of the first mention starting at or after token, by binary search over the text-ordered layer.
    private static int FirstAtOrAfter(IReadOnlyList<ActorMention> items, int token)
    {
        var (lo, hi) = (0, items.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (items[mid].FirstToken < token)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
}
