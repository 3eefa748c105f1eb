using Parley.Documents;

namespace Parley.Frames;

/// <summary>
/// Repairs relation labels a parser gives against UD's own definitions, before frames are read, in the document
/// itself (so the coder's lookups see the same tree):
/// <list type="bullet">
/// <item>a word the actors stage named ("Pyongyang on Thursday fired …") tagged as a verb and read as a clausal
/// subject (<c>csubj</c>) is the nominal subject (<c>nsubj</c>, PROPN); what the parser hung on it as a clause
/// adverbial (<c>obl</c>, <c>advmod</c>) moves to its head;</item>
/// <item>an <c>xcomp</c> with a subject of its own ("indicated it would acting now") is a clausal complement
/// (<c>ccomp</c>): an xcomp's subject is by definition its governor's.</item>
/// </list>
/// </summary>
internal static class LabelRepair
{
    /// <summary>Repairs the sentence's labels; true when it changed the tree.</summary>
    public static bool Repair(Document doc, SentenceData sentence)
    {
        var tree = new SentenceTree(doc, sentence);
        var changed = false;
        for (var t = tree.First; t < tree.End; t++)
        {
            if (tree.Upos(t) == Upos.VERB && tree.Is(t, "csubj") && tree.InActor(t) && tree.Head(t) >= tree.First)
            {
                foreach (var c in tree.Children(t).Where(c => tree.Is(c, "obl") || tree.Is(c, "advmod")).ToList())
                    Set(doc, c, tree.Head(t), tree.Rel(c));
                doc.Tokens[t].Upos = Upos.PROPN;
                Set(doc, t, tree.Head(t), "nsubj");
                changed = true;
            }
            else if (tree.Is(t, "xcomp") && tree.Upos(t) == Upos.VERB && tree.Children(t).Any(c => tree.Is(c, "nsubj")))
            {
                Set(doc, t, tree.Head(t), "ccomp");
                changed = true;
            }
        }
        return changed;
    }

    private static void Set(Document doc, int token, int head, string rel)
    {
        doc.Tokens[token].Head = head;
        doc.Tokens[token].DepRel = doc.Strings.Intern(rel);
    }
}
