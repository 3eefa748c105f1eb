using Parley.Documents;

namespace Parley.Frames;

/// <summary>
/// Repairs an object the parser made the subject of a later oblique: in "The Emir welcomed Turkish President Erdogan
/// to Doha on Monday" it hangs "Erdogan" as the <c>nsubj</c> of "Monday" (itself an <c>obl</c> of "welcomed"), and
/// "Turkish" as its adjective. A nominal with a preposition and no copula has no subject in UD: when such a subject
/// follows a verb without an object, it is that verb's object, and the words the parser hung on the oblique between
/// the verb and it are its own. The document is changed in place.
/// </summary>
internal static class StrayObjectRepair
{
    /// <summary>Repairs every such object of the sentence; true when it changed the tree.</summary>
    public static bool Repair(Document doc, SentenceData sentence) => TreeEdit.EachToken(doc, sentence, 0, Fix);

    private static bool Fix(SentenceTree tree, int t)
    {
        if (Verb(tree, t) is not (>= 0 and var verb))
            return false;
        var oblique = tree.Head(t);
        foreach (var c in tree.Children(oblique).Where(c => c > verb && c < t).ToList())
            TreeEdit.Set(tree.Document, c, t, tree.Rel(c));
        TreeEdit.Set(tree.Document, t, verb, "obj");
        return true;
    }

    // The verb whose object t is: t is the nsubj of a later oblique nominal without a copula, hanging on a verb before
    // t that has no object; else -1.
    private static int Verb(SentenceTree tree, int t)
    {
        var h = tree.Head(t);
        if (!tree.Is(t, "nsubj") || tree.Is(t, "nsubj:pass") || h <= t || h >= tree.End || tree.Upos(h) is not (Upos.NOUN or Upos.PROPN)
            || !tree.Is(h, "obl") || tree.Child(h, "case") < 0 || tree.Child(h, "cop") >= 0)
            return -1;
        var verb = tree.Head(h);
        return verb >= tree.First && verb < t && tree.Upos(verb) == Upos.VERB && tree.Child(verb, "obj") < 0 ? verb : -1;
    }
}
