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
/// (<c>ccomp</c>): an xcomp's subject is by definition its governor's;</item>
/// <item>a second <c>obj</c> of a verb, after a conjoined verb without an object ("condemned an attack … and promised
/// aid"), is the conjoined verb's object;</item>
/// <item>an interjection between a subject phrase and a noun phrase of that subject ("Arnor and Gondor welcome a
/// resumption of ties") is the verb, the noun phrase its object;</item>
/// <item>a participle below an adverb that the parser made a copular root ("was heavily and unjustly criticized") is
/// the passive verb, the copula its passive auxiliary;</item>
/// <item>a second <c>nsubj</c> of a verb after a coordinator hung on the verb ("Evil Mordor, the awful Arnor, and good
/// Gondor welcomed") is a conjunct of the first subject;</item>
/// <item>a bare past participle read as the <c>xcomp</c> of the verb right before it, with an object right after it
/// ("will abandon improved economic relations"), is an adjective of that object, the object the verb's;</item>
/// <item>a possessed or named noun phrase without a preposition read as an adverbial (<c>obl</c>) before a verb that has
/// no subject ("Caras Galadhon's new mayor left yesterday") is the subject;</item>
/// <item>an actor object followed by a bare indefinite noun ("promised Manila a loan") is the indirect object, the noun
/// the direct object.</item>
/// </list>
/// </summary>
internal static partial class LabelRepair
{
    /// <summary>Repairs the sentence's labels; true when it changed the tree.</summary>
    public static bool Repair(Document doc, SentenceData sentence)
    {
        var tree = new SentenceTree(doc, sentence);
        var changed = PassiveUnderAdverb(doc, tree);
        if (changed)
            tree = new SentenceTree(doc, sentence);
        for (var t = tree.First; t < tree.End; t++)
        {
            if (tree.Upos(t) == Upos.VERB && tree.Is(t, "csubj") && tree.InActor(t) && tree.Head(t) >= tree.First)
            {
                foreach (var c in tree.Children(t).Where(c => tree.Is(c, "obl") || tree.Is(c, "advmod")).ToList())
                    TreeEdit.Set(doc, c, tree.Head(t), tree.Rel(c));
                doc.Tokens[t].Upos = Upos.PROPN;
                TreeEdit.Set(doc, t, tree.Head(t), "nsubj");
                changed = true;
            }
            else if (tree.Is(t, "xcomp") && tree.Upos(t) == Upos.VERB && tree.Children(t).Any(c => tree.Is(c, "nsubj")))
            {
                TreeEdit.Set(doc, t, tree.Head(t), "ccomp");
                changed = true;
            }
            else if (ConjoinedSubject(tree, t) is var (first, cc) && first >= 0)
            {
                TreeEdit.Set(doc, t, first, "conj");
                TreeEdit.Set(doc, cc, t, "cc");
                changed = true;
            }
            else if (InterjectionObject(tree, t) is var obj and >= 0)
            {
                AsVerb(doc, tree, t, obj);
                changed = true;
            }
            else if (SecondObjectOwner(tree, t) is var owner and >= 0)
            {
                TreeEdit.Set(doc, t, owner, "obj");
                changed = true;
            }
            else if (UnmarkedSubject(tree, t))
            {
                TreeEdit.Set(doc, t, tree.Head(t), "nsubj");
                changed = true;
            }
            else if (IndirectObject(tree, t) is var recipient and >= 0)
            {
                TreeEdit.Set(doc, recipient, t, "iobj");
                TreeEdit.Set(doc, tree.Child(t, "obl:unmarked"), t, "obj");
                changed = true;
            }
            else if (ParticipleObject(doc, tree, t) is var noun and >= 0)
            {
                AsAdjective(doc, tree, t, noun);
                changed = true;
            }
        }
        return changed;
    }

    // "Evil Mordor, the awful Arnor, and good Gondor welcomed": a second nsubj of a verb after a coordinator the parser
    // hung on the verb is a conjunct of the first subject; that subject and the coordinator, else -1s.
    private static (int First, int Cc) ConjoinedSubject(SentenceTree tree, int t)
    {
        var v = tree.Head(t);
        return !tree.Is(t, "nsubj") || v < tree.First || v < t ? (-1, -1) : EarlierSubject(tree, t, v);
    }

    private static (int First, int Cc) EarlierSubject(SentenceTree tree, int t, int v)
    {
        var first = tree.ChildrenWith(v, "nsubj").FirstOrDefault(s => s < t, -1);
        var cc = first < 0 ? -1 : tree.ChildrenWith(v, "cc").FirstOrDefault(c => c > first && c < t, -1);
        return cc < 0 ? (-1, -1) : (first, cc);
    }

    // "Arnor and Gondor welcome a resumption of ties": a word read as an interjection (discourse) of the subject phrase
    // before it, between words (no punctuation either side), with a noun phrase of that subject right after it, is
    // the verb, and that noun phrase its object; the object, else -1.
    private static int InterjectionObject(SentenceTree tree, int t)
    {
        var h = tree.Head(t);
        if (tree.Upos(t) != Upos.INTJ || !tree.Is(t, "discourse") || h < tree.First || h > t || t + 1 >= tree.End
            || tree.Upos(h) is not (Upos.NOUN or Upos.PROPN) || tree.Upos(t - 1) == Upos.PUNCT || tree.Upos(t + 1) == Upos.PUNCT)
            return -1;
        if (!(tree.Head(h) < tree.First || tree.Is(h, "nsubj")))
            return -1;
        return PhraseRightAfter(tree, t, h);
    }

    private static int PhraseRightAfter(SentenceTree tree, int t, int h)
    {
        return tree.Children(h).FirstOrDefault(c => c > t && (tree.Is(c, "appos") || tree.Is(c, "obj") || tree.Is(c, "dep"))
            && tree.Span(c).First == t + 1, -1);
    }

    // The interjection becomes the verb in the subject's place (the root, or the clause a speech verb reports), the
    // subject its nsubj, what the parser hung on the subject after it its dependents.
    private static void AsVerb(Document doc, SentenceTree tree, int t, int obj)
    {
        var h = tree.Head(t);
        var later = tree.Children(h).Where(c => c > t && c != obj).ToList();
        doc.Tokens[t].Upos = Upos.VERB;
        TreeEdit.Set(doc, t, tree.Head(h), tree.Head(h) < tree.First ? "root" : "ccomp");
        TreeEdit.Set(doc, h, t, "nsubj");
        TreeEdit.Set(doc, obj, t, "obj");
        foreach (var c in later)
            TreeEdit.Set(doc, c, t, tree.Is(c, "nmod") ? "obl" : tree.Rel(c));
    }

    // "The Philippines was heavily and unjustly criticized over …" parsed with the adverb as a copular root and the
    // participle below it: an adverb root with a copula "be" and a participle after it without a subject of its own is a
    // passive; the participle becomes the root, "be" its aux:pass, the subject its nsubj:pass, the adverb its advmod.
    private static bool PassiveUnderAdverb(Document doc, SentenceTree tree)
    {
        var root = Enumerable.Range(tree.First, tree.End - tree.First).FirstOrDefault(t => tree.Head(t) < tree.First, -1);
        if (root < 0 || tree.Upos(root) != Upos.ADV || tree.Child(root, "cop") is not (>= 0 and var cop) || tree.Lemma(cop) != "be")
            return false;
        var verb = tree.Children(root).FirstOrDefault(c => c > root && tree.Upos(c) == Upos.VERB && tree.Child(c, "nsubj") < 0
            && doc.Strings[doc.Tokens[c].Feats].Contains("VerbForm=Part", StringComparison.Ordinal), -1);
        if (verb < 0)
            return false;
        var moved = tree.Children(root).Where(c => c != verb && (tree.Is(c, "nsubj") || tree.Is(c, "cop") || tree.Is(c, "punct") || tree.Is(c, "aux"))).ToList();
        TreeEdit.Set(doc, verb, -1, "root");
        TreeEdit.Set(doc, root, verb, "advmod");
        foreach (var c in moved)
            TreeEdit.Set(doc, c, verb, tree.Is(c, "nsubj") ? "nsubj:pass" : tree.Is(c, "cop") ? "aux:pass" : tree.Rel(c));
        return true;
    }
}
