using Parley.Documents;

namespace Parley.Frames;

/// <summary>
/// Repairs one frequent misparse before frames are read: the main verb of a sentence read as a participle
/// modifying its subject ("Students [demonstrated in Caracas]", "Russian forces [shelled …]") or its object
/// ("The army [deployed] troops", "Amnesty International [accused] Egyptian police"), or left unlabelled below it
/// ("North Korea on Thursday [fired] …" as <c>dep</c>). When the first verb of the sentence hangs as <c>acl</c>,
/// <c>amod</c> or <c>dep</c> from a noun, has no auxiliary, marker or subject clause of its own,
/// and its subject phrase stands outside any prepositional phrase, the verb becomes the root, the phrase before it
/// its subject and a noun phrase after it that the parser made the head its object. The document's dependency
/// layer is changed in place, so that the coder's actor, place and date lookups see the same tree.
/// </summary>
internal static class ClauseRepair
{
    private static readonly string[] NominalLinks = ["nmod", "compound", "flat", "appos", "amod", "nmod:poss", "conj"];

    /// <summary>Repairs the sentence when its first verb is a misread main verb; true when it changed the tree.</summary>
    public static bool Repair(Document doc, SentenceData sentence)
    {
        var tree = new SentenceTree(doc, sentence);
        var verb = FirstVerb(tree);
        if (verb >= 0 && IsNominalRootSubject(tree, verb) is var nominal and >= 0)
        {
            Rewire(doc, tree, verb, nominal, -1, nominal);
            return true;
        }
        if (verb < 0 || !(tree.Is(verb, "acl") || tree.Is(verb, "amod") || tree.Is(verb, "dep")) || HasClauseMarker(tree, verb))
            return false;
        var head = tree.Head(verb);
        if (head < tree.First || tree.Upos(head) is not (Upos.NOUN or Upos.PROPN or Upos.PRON))
            return false;
        var (subject, obj) = head < verb ? (TopBefore(tree, head, verb), -1) : (SubjectBefore(tree, verb, head), head);
        if (subject < 0 || tree.Child(subject, "case") >= 0)
            return false;
        // The subject phrase may hang from a noun after the verb ("Prison guards tortured detainees"): that noun is the object.
        if (obj < 0 && tree.Head(subject) > verb && tree.Upos(tree.Head(subject)) is Upos.NOUN or Upos.PROPN)
            obj = tree.Head(subject);
        var root = Root(tree);
        if (root != subject && root != obj && !IsDoubleSubject(tree, subject, root))
            return false;
        Rewire(doc, tree, verb, subject, obj, root);
        return true;
    }

    /// <summary>
    /// The sentence's first verb when no auxiliary comes before it, else -1. A capitalised verb inside the sentence is
    /// part of a name ("the United Nations children's agency, distributed …"), not the first verb.
    /// </summary>
    internal static int FirstVerb(SentenceTree tree)
    {
        for (var t = tree.First; t < tree.End; t++)
            if (tree.Upos(t) is Upos.VERB or Upos.AUX && !(t > tree.First && char.IsUpper(tree.Word(t)[0])))
                return tree.Upos(t) == Upos.VERB ? t : -1;
        return -1;
    }

    // "Arnor on Thursday signed …" parsed with the name as the root and the verb below a later clause: a nominal root
    // before the first verb, without preposition or copula, while the verb has no subject, auxiliary or marker of its
    // own, is that verb's subject: the root, else -1.
    private static int IsNominalRootSubject(SentenceTree tree, int verb)
    {
        var root = Root(tree);
        if (root < 0 || root > verb || tree.Upos(root) is not (Upos.NOUN or Upos.PROPN) || tree.Is(verb, "acl") || tree.Is(verb, "amod"))
            return -1;
        if (tree.Children(root).Any(c => tree.Is(c, "case") || tree.Is(c, "cop")) || tree.Children(verb).Any(c => tree.Is(c, "nsubj") || tree.Is(c, "csubj")))
            return -1;
        return HasClauseMarker(tree, verb) ? -1 : root;
    }

    private static bool HasClauseMarker(SentenceTree tree, int verb) =>
        tree.Children(verb).Any(c => tree.Is(c, "aux") || tree.Is(c, "mark") || tree.Is(c, "cop") || (tree.Is(c, "nsubj") && c > verb));

    // The top of the nominal phrase that contains the noun before the verb, climbing while the heads stay before it.
    private static int TopBefore(SentenceTree tree, int noun, int verb)
    {
        var t = noun;
        while (tree.Head(t) >= tree.First && tree.Head(t) < verb && NominalLinks.Any(r => tree.Rel(t) == r))
            t = tree.Head(t);
        return t;
    }

    // A participle before its head ("army deployed troops"): its own subject child, else the word just before it.
    private static int SubjectBefore(SentenceTree tree, int verb, int head)
    {
        var own = tree.Children(verb).FirstOrDefault(c => c < verb && tree.Is(c, "nsubj"), -1);
        if (own >= 0)
            return own;
        var before = verb - 1;
        if (before >= tree.First && tree.Head(before) == head && tree.Upos(before) is Upos.NOUN or Upos.PROPN or Upos.ADJ)
            return before;
        return ApposedRoot(tree, verb);
    }

    // "UNICEF, the UN children's agency, distributed vaccines …": a nominal root whose apposition ends at the comma
    // before the verb is the verb's subject; else -1.
    private static int ApposedRoot(SentenceTree tree, int verb)
    {
        var root = Root(tree);
        if (root < tree.First || root >= verb - 2 || !tree.WordIs(verb - 1, ",") || tree.Upos(root) is not (Upos.NOUN or Upos.PROPN))
            return -1;
        var appos = tree.Child(root, "appos");
        return appos > root && appos < verb && tree.WordIs(root + 1, ",") ? root : -1;
    }

    private static int Root(SentenceTree tree)
    {
        for (var t = tree.First; t < tree.End; t++)
            if (tree.Head(t) < tree.First)
                return t;
        return -1;
    }

    // "The junta [promised …] once the situation improved": the later verb has a subject of its own as well.
    private static bool IsDoubleSubject(SentenceTree tree, int subject, int root) =>
        tree.Head(subject) == root && tree.Upos(root) == Upos.VERB && tree.ChildrenWith(root, "nsubj").Count() > 1;

    private static void Rewire(Document doc, SentenceTree tree, int verb, int subject, int obj, int root)
    {
        var children = tree.Children(subject).Where(c => c > verb).ToList();
        // An apposition's phrase ends at the verb: what the parser hung on it after the verb is the verb's too, its
        // conjuncts the object's ("distributed vaccines and clean water").
        var apposed = tree.ChildrenWith(subject, "appos").SelectMany(a => tree.Children(a)).Where(c => c > verb && c != obj).ToList();
        TreeEdit.Set(doc, verb, -1, "root");
        TreeEdit.Set(doc, subject, verb, "nsubj");
        if (obj >= 0)
            TreeEdit.Set(doc, obj, verb, "obj");
        if (root != subject && root != obj && root >= 0)
            TreeEdit.Set(doc, root, verb, "advcl");
        // What the parser hung on the subject after the verb belongs to the verb (", killing four civilians").
        foreach (var c in children)
            TreeEdit.Set(doc, c, verb, tree.Is(c, "acl") ? "advcl" : tree.Is(c, "nmod") ? "obl" : tree.Rel(c));
        foreach (var c in apposed)
            TreeEdit.Set(doc, c, tree.Is(c, "conj") && obj >= 0 ? obj : verb, tree.Is(c, "nmod") ? "obl" : tree.Rel(c));
        // Non-agent prepositions the parser read as the agent of a passive ("demonstrated in Caracas").
        foreach (var c in tree.ChildrenWith(verb, "obl:agent").ToList())
            if (tree.Child(c, "case") is var k and >= 0 && tree.Lemma(k) != "by")
                TreeEdit.Set(doc, c, verb, "obl");
    }
}
