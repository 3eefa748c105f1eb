using Parley.Documents;

namespace Parley.Frames;

/// <summary>The label repairs' finders for objects (a second object, an indirect object, a bare participle before an object, made its adjective) and for an unmarked noun phrase that is a subjectless verb's subject.</summary>
internal static partial class LabelRepair
{
    // "condemned an attack … and promised aid": a second obj of a verb, after a conjoined verb without an object of its
    // own, is that verb's object (a verb has one direct object); the conjoined verb, else -1.
    private static int SecondObjectOwner(SentenceTree tree, int t)
    {
        var h = tree.Head(t);
        return !tree.Is(t, "obj") || h < tree.First || tree.Upos(h) != Upos.VERB ? -1 : ConjoinedObjectOwner(tree, t, h);
    }

    // (Its lambdas apart, so that the test above allocates no closure for every token.)
    private static int ConjoinedObjectOwner(SentenceTree tree, int t, int h)
    {
        if (!tree.ChildrenWith(h, "obj").Any(o => o < t && o != t))
            return -1;
        return tree.ChildrenWith(h, "conj").LastOrDefault(v => v < t && v > h && tree.Upos(v) == Upos.VERB && tree.Child(v, "obj") < 0
            && tree.ChildrenWith(h, "obj").Any(o => o < v), -1);
    }

    // "promised Manila a loan": a verb's actor object followed by a bare indefinite noun phrase the parser read as an
    // unmarked adverbial is its indirect object, that noun phrase the direct one (UD double object); the actor, else -1.
    private static int IndirectObject(SentenceTree tree, int t)
    {
        var obj = tree.Child(t, "obj");
        var second = tree.Child(t, "obl:unmarked");
        if (tree.Upos(t) != Upos.VERB || obj < 0 || second < obj || tree.Child(t, "iobj") >= 0 || !tree.InActor(obj)
            || tree.Upos(second) != Upos.NOUN || tree.Child(second, "case") >= 0 || tree.Child(second, "advmod") >= 0)
            return -1;
        return IndefiniteAfter(tree, obj, second);
    }

    private static int IndefiniteAfter(SentenceTree tree, int obj, int second)
    {
        return tree.ChildrenWith(second, "det").Any(d => tree.Lemma(d) is "a" or "an") && tree.Span(obj).Last + 2 == second ? obj : -1;
    }

    // "will abandon improved economic relations": a past participle xcomp right after its verb, with nothing of a
    // clause of its own (no subject, auxiliary, marker or adverb), whose object starts right after it while the verb
    // has none; that object, else -1.
    private static int ParticipleObject(Document doc, SentenceTree tree, int t)
    {
        var h = tree.Head(t);
        if (!tree.Is(t, "xcomp") || tree.Upos(t) != Upos.VERB || h != t - 1 || tree.Upos(h) != Upos.VERB || tree.Child(h, "obj") >= 0
            || doc.Strings[doc.Tokens[t].Xpos] is not ("VBN" or "VBD"))
            return -1;
        return BareParticipleObject(tree, t);
    }

    private static int BareParticipleObject(SentenceTree tree, int t)
    {
        if (tree.Children(t).Any(c => c < t || tree.Is(c, "nsubj") || tree.Is(c, "mark") || tree.Is(c, "advmod") || tree.Rel(c).StartsWith("aux", StringComparison.Ordinal)))
            return -1;
        return tree.ChildrenWith(t, "obj").FirstOrDefault(o => tree.Span(o).First == t + 1, -1);
    }

    // "Caras Galadhon's new mayor left yesterday": an obl (or a descriptive nmod) without a case marker before a
    // subjectless verb, holding an actor or possessed ("X's mayor"), is the verb's subject.
    private static bool UnmarkedSubject(SentenceTree tree, int t)
    {
        var h = tree.Head(t);
        return (tree.Rel(t) is "obl" or "obl:unmarked" or "obl:npmod" or "nmod:desc") && h > t && tree.Upos(h) == Upos.VERB
            && tree.Upos(t) is Upos.NOUN or Upos.PROPN && tree.Child(t, "case") < 0
            && (tree.InActor(t) || tree.Child(t, "nmod:poss") >= 0)
            && !HasSubject(tree, h);
    }

    private static bool HasSubject(SentenceTree tree, int h)
    {
        return tree.Children(h).Any(c => tree.Rel(c).StartsWith("nsubj", StringComparison.Ordinal) || tree.Rel(c).StartsWith("csubj", StringComparison.Ordinal));
    }

    // The participle becomes the object's adjective, the object the verb's, the participle's other dependents the verb's.
    private static void AsAdjective(Document doc, SentenceTree tree, int t, int obj)
    {
        var h = tree.Head(t);
        foreach (var c in tree.Children(t).Where(c => c != obj).ToList())
            TreeEdit.Set(doc, c, h, tree.Rel(c));
        TreeEdit.Set(doc, obj, h, "obj");
        TreeEdit.Set(doc, t, obj, "amod");
        doc.Tokens[t].Upos = Upos.ADJ;
    }
}
