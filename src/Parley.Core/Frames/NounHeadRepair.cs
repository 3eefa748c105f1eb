using System.Collections.Frozen;
using Parley.Documents;

namespace Parley.Frames;

/// <summary>
/// Repairs an event noun the tagger read as an adjective at the end of a noun phrase: in "threatened to launch a
/// ground offensive against Kurdish fighters" the tagger makes "offensive" an adjective and the parser the verb's
/// <c>xcomp</c> ("launch [a ground] [offensive against …]"). When an adjective the pattern dictionary knows as an event
/// noun is the <c>xcomp</c> of a verb whose common-noun object ends right before it, without a subject or copula of its
/// own, it is the head of that object: it takes the object's place (<c>obj</c>, as a NOUN), the old head becomes its
/// <c>compound</c>, and the old head's determiners and modifiers move to it. The document is changed in place.
/// </summary>
internal static class NounHeadRepair
{
    /// <summary>Repairs every such phrase of the sentence; true when it changed the tree.</summary>
    public static bool Repair(Document doc, SentenceData sentence, FrozenSet<string> eventNouns) =>
        TreeEdit.EachToken(doc, sentence, 1, (tree, t) => Fix(tree, t, eventNouns));

    private static bool Fix(SentenceTree tree, int t, FrozenSet<string> eventNouns)
    {
        var h = tree.Head(t);
        if (tree.Upos(t) != Upos.ADJ || !tree.Is(t, "xcomp") || h < tree.First || tree.Upos(h) != Upos.VERB
            || !eventNouns.Contains(tree.Word(t).ToLowerInvariant())
            || tree.Children(t).Any(c => tree.Rel(c).StartsWith("nsubj", StringComparison.Ordinal) || tree.Is(c, "cop"))
            || tree.ChildrenWith(h, "obj").FirstOrDefault(o => o == t - 1 && tree.Upos(o) == Upos.NOUN, -1) is not (>= 0 and var obj))
            return false;
        var doc = tree.Document;
        foreach (var c in tree.Children(obj).Where(c => c < obj).ToList())
            TreeEdit.Set(doc, c, t, tree.Rel(c));
        TreeEdit.Set(doc, t, h, "obj");
        TreeEdit.Set(doc, obj, t, "compound");
        doc.Tokens[t].Upos = Upos.NOUN;
        doc.Tokens[t].Lemma = doc.Strings.Intern(tree.Word(t).ToLowerInvariant());
        return true;
    }
}
