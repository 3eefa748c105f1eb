using Parley.Documents;

namespace Parley.Frames;

/// <summary>
/// Repairs conjoined adjectives the parser split from the noun they share: in "talks were held in Geneva between
/// American and Russian diplomats" it hangs "between American" on "Geneva", "Russian" as its conjunct, and leaves
/// "diplomats" an oblique without a preposition. When a noun without a preposition of its own follows right after an
/// adjective conjoined to an earlier adjective that carries a preposition, the preposition is the noun's and the first
/// adjective modifies the noun (<c>amod</c>), its conjunct staying its conjunct. The document is changed in place.
/// </summary>
internal static class SharedNounRepair
{
    /// <summary>Repairs every such phrase of the sentence; true when it changed the tree.</summary>
    public static bool Repair(Document doc, SentenceData sentence) => TreeEdit.EachToken(doc, sentence, 1, Fix);

    private static bool Fix(SentenceTree tree, int noun)
    {
        if (FirstAdjective(tree, noun) is not (>= 0 and var first) || tree.Child(first, "case") is not (>= 0 and var prep))
            return false;
        TreeEdit.Set(tree.Document, prep, noun, "case");
        TreeEdit.Set(tree.Document, first, noun, "amod");
        return true;
    }

    // The first of the conjoined adjectives right before a preposition-less nominal that hang elsewhere, else -1.
    private static int FirstAdjective(SentenceTree tree, int noun)
    {
        var last = noun - 1;
        if (tree.Upos(noun) is not (Upos.NOUN or Upos.PROPN) || !(tree.Is(noun, "obl") || tree.Is(noun, "nmod")) || tree.Child(noun, "case") >= 0
            || tree.Upos(last) != Upos.ADJ || !tree.Is(last, "conj") || tree.Head(last) == noun)
            return -1;
        var first = tree.Head(last);
        return first >= tree.First && first < last && tree.Upos(first) == Upos.ADJ && (tree.Is(first, "nmod") || tree.Is(first, "obl"))
            && tree.Head(first) != noun ? first : -1;
    }
}
