using Parley.Documents;

namespace Parley.Frames;

/// <summary>
/// Repairs a that-clause the parser read without a verb. After "demanded that", "insisted that" the verb is a bare
/// subjunctive ("that Moscow release the journalist", "that Moscow free the journalist") that the tagger often
/// takes for a noun or an adjective; the parser then makes the clause's last noun its head, with no copula, which UD
/// does not allow for a clause. When a clause complement (<c>ccomp</c>) with the marker "that" is headed by a noun
/// without a copula, and a noun or adjective before that head has as its compound the actor right before it, that word
/// is the clause's verb: the actor its subject, the old head its object.
/// </summary>
internal static class NominalClauseRepair
{
    /// <summary>Repairs every such clause of the sentence; true when it changed the tree.</summary>
    public static bool Repair(Document doc, SentenceData sentence)
    {
        var changed = false;
        var tree = new SentenceTree(doc, sentence);
        for (var h = tree.First; h < tree.End; h++)
        {
            if (Verb(tree, h) is not (>= 0 and var v))
                continue;
            var subject = v - 1;
            foreach (var c in tree.Children(h).Where(c => c < subject && (tree.Is(c, "mark") || tree.Is(c, "punct"))).ToList())
                Set(doc, c, v, tree.Rel(c));
            Set(doc, v, tree.Head(h), tree.Rel(h));
            Set(doc, subject, v, "nsubj");
            Set(doc, h, v, "obj");
            doc.Tokens[v].Upos = Upos.VERB;
            changed = true;
            tree = new SentenceTree(doc, sentence);
        }
        return changed;
    }

    // The misread verb of the that-clause headed by noun h, else -1.
    private static int Verb(SentenceTree tree, int h)
    {
        if (!tree.Is(h, "ccomp") || tree.Upos(h) != Upos.NOUN || tree.Child(h, "cop") >= 0
            || !tree.Children(h).Any(c => tree.Is(c, "mark") && tree.Lemma(c) == "that"))
            return -1;
        var mark = tree.Children(h).First(c => tree.Is(c, "mark"));
        for (var v = mark + 2; v < h; v++)
            if (tree.Upos(v) is Upos.NOUN or Upos.ADJ && Governs(tree, v, h) && tree.Head(v - 1) == v && tree.Is(v - 1, "compound")
                && tree.InActor(v - 1) && !tree.InActor(v))
                return v;
        return -1;
    }

    // v hangs from h directly (as its subject or modifier).
    private static bool Governs(SentenceTree tree, int v, int h) => tree.Head(v) == h && (tree.Is(v, "nsubj") || tree.Is(v, "amod") || tree.Is(v, "compound"));

    private static void Set(Document doc, int token, int head, string rel)
    {
        doc.Tokens[token].Head = head;
        doc.Tokens[token].DepRel = doc.Strings.Intern(rel);
    }
}
