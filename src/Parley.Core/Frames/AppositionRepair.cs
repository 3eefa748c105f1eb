using Parley.Documents;

namespace Parley.Frames;

/// <summary>
/// Repairs an apposition the parser read as a conjunct: in "Supporters of the main opposition party, many of them
/// students, rallied …" the phrase "many of them students" says who the supporters are, it adds no party. A conjunct
/// without a coordinator whose modifier is quantified over a pronoun ("many of them", "most of whom") is an
/// apposition (<c>appos</c>) of its head. The document is changed in place.
/// </summary>
internal static class AppositionRepair
{
    /// <summary>Repairs the sentence's appositions; true when it changed the tree.</summary>
    public static bool Repair(Document doc, SentenceData sentence)
    {
        var tree = new SentenceTree(doc, sentence);
        var changed = false;
        for (var t = tree.First; t < tree.End; t++)
        {
            if (!tree.Is(t, "conj") || tree.Child(t, "cc") >= 0 || !tree.Children(t).Any(q => q < t && QuantifiedOverPronoun(tree, q)))
                continue;
            TreeEdit.Set(doc, t, tree.Head(t), "appos");
            changed = true;
        }
        return changed;
    }

    // "many of them": a modifier with an "of" phrase that is a pronoun.
    private static bool QuantifiedOverPronoun(SentenceTree tree, int q) =>
        tree.Children(q).Any(p => tree.Is(p, "nmod") && tree.Upos(p) == Upos.PRON
            && tree.Children(p).Any(c => tree.Is(c, "case") && tree.Lemma(c) == "of"));
}
