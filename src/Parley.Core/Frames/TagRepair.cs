using Parley.Documents;

namespace Parley.Frames;

/// <summary>
/// Repairs words the tagger read as the wrong part of speech where the tree itself shows the error, before frames are
/// read, in the document itself (tag, lemma and attachment):
/// <list type="bullet">
/// <item>the word right after an infinitival "to" that the parser hung, with "to", on a noun after it ("promised to
/// back Serbia's bid": "back" read as an adverb, "to" as the noun's marker) is the infinitive: "to" marks a verb,
/// never a noun; the word takes the noun's place (a controlled verb), the noun becomes its object;</item>
/// <item>a verb read as a conjunct with neither a coordinator nor punctuation before it, right after a noun that
/// is not its subject ("an inquiry into alleged rights abuses by …": "abuses" read as a verb conjoined to
/// "launched") is the head noun of that noun's phrase: asyndetic coordination is always marked by a comma;</item>
/// <item>a verb conjoined (after "and") to a verb's object, whose subject is a bare noun right before it with no
/// determiner and whose own object is missing ("airlifted medical supplies and water purification kits to Haiti")
/// is the head of a second object, conjoined to the first; its subject becomes its compound;</item>
/// <item>a word the actors stage named, read as a modifier of the verb right after it that has no subject ("The Chinese
/// military scaled down …": "military" an adjective) is the subject noun; the modifiers before it are its own.</item>
/// </list>
/// </summary>
internal static class TagRepair
{
    /// <summary>Repairs the sentence's tags; true when it changed the tree.</summary>
    public static bool Repair(Document doc, SentenceData sentence) => TreeEdit.EachToken(doc, sentence, 1, Fix);

    private static bool Fix(SentenceTree tree, int t)
    {
        var doc = tree.Document;
        if (InfinitiveNoun(tree, t) is var noun and >= 0)
            AsInfinitive(doc, tree, t, noun);
        else if (UnmarkedConjunct(tree, t))
            AsPhraseHead(doc, tree, t);
        else if (ConjoinedObject(tree, t) is var first and >= 0)
            AsConjoinedObject(doc, tree, t, first);
        else if (ModifierSubject(tree, t))
            AsSubject(doc, tree, t);
        else
            return false;
        return true;
    }

    // "to back Serbia's bid": "to" (a mark) right before a word without dependents, both hung on a noun after them;
    // the noun, else -1.
    private static int InfinitiveNoun(SentenceTree tree, int t)
    {
        var h = tree.Head(t);
        var to = t - 1;
        return tree.Upos(t) is Upos.ADV or Upos.NOUN or Upos.ADJ && h > t && tree.Upos(h) is Upos.NOUN or Upos.PROPN
            && tree.Children(t).Count == 0 && tree.Upos(to) == Upos.PART && tree.LowerWord(to) == "to" && tree.Is(to, "mark")
            && tree.Head(to) == h ? h : -1;
    }

    private static void AsInfinitive(Document doc, SentenceTree tree, int t, int noun)
    {
        var rel = tree.Rel(noun) is "ccomp" or "xcomp" or "obj" ? "xcomp" : tree.Rel(noun);
        Retag(doc, t, Upos.VERB, "VB", tree.LowerWord(t), "VerbForm=Inf");
        TreeEdit.Set(doc, t, tree.Head(noun), rel);
        TreeEdit.Set(doc, t - 1, t, "mark");
        TreeEdit.Set(doc, noun, t, "obj");
    }

    // "rights abuses by security forces": a verb conjunct without a coordinator or comma of its own, right after a noun
    // that is not its subject, and without a subject or object of its own.
    private static bool UnmarkedConjunct(SentenceTree tree, int t)
    {
        var before = t - 1;
        return tree.Upos(t) == Upos.VERB && tree.Is(t, "conj") && tree.Head(t) < before && tree.Upos(before) == Upos.NOUN
            && tree.Head(before) != t && !tree.InActor(before)
            && !tree.Children(t).Any(c => tree.Is(c, "cc") || tree.Is(c, "punct") && c < t || tree.Rel(c).StartsWith("nsubj", StringComparison.Ordinal)
                || tree.Is(c, "obj") || tree.Rel(c).StartsWith("aux", StringComparison.Ordinal) || tree.Is(c, "mark"));
    }

    // The verb becomes the noun phrase's head: it takes the noun's place, the noun becomes its compound, the words
    // before the noun (case, determiner, adjectives) move to it, and its adverbials become nominal modifiers.
    private static void AsPhraseHead(Document doc, SentenceTree tree, int t)
    {
        var noun = t - 1;
        foreach (var c in tree.Children(noun).Where(c => c < noun).ToList())
            TreeEdit.Set(doc, c, t, tree.Rel(c));
        foreach (var c in tree.Children(t).Where(c => tree.Rel(c).StartsWith("obl", StringComparison.Ordinal)).ToList())
            TreeEdit.Set(doc, c, t, "nmod");
        TreeEdit.Set(doc, t, tree.Head(noun), tree.Rel(noun));
        TreeEdit.Set(doc, noun, t, "compound");
        AsNoun(doc, tree, t);
    }

    // "supplies and water purification kits to Haiti": a verb conjoined to a verb with an object before the coordinator,
    // itself without object, auxiliary or adverb, whose subject is the bare noun right before it; the first object, else -1.
    private static int ConjoinedObject(SentenceTree tree, int t)
    {
        var h = tree.Head(t);
        var subject = t - 1;
        if (tree.Upos(t) != Upos.VERB || !tree.Is(t, "conj") || h < tree.First || h > t || tree.Upos(h) != Upos.VERB
            || tree.Upos(subject) != Upos.NOUN || !tree.Is(subject, "nsubj") || tree.Head(subject) != t || tree.InActor(subject)
            || tree.Children(subject).Any(c => !tree.Is(c, "compound") && !tree.Is(c, "amod"))
            || tree.Children(t).Any(c => tree.Is(c, "obj") || tree.Is(c, "advmod") || tree.Is(c, "mark") || tree.Rel(c).StartsWith("aux", StringComparison.Ordinal)))
            return -1;
        var cc = tree.Child(t, "cc");
        var obj = tree.Child(h, "obj");
        return cc >= 0 && obj >= 0 && obj < cc && tree.Span(obj).Last + 1 == cc && tree.Span(subject).First == cc + 1 ? obj : -1;
    }

    // The verb becomes a conjunct of the first object, its subject its compound, its other dependents the verb's.
    private static void AsConjoinedObject(Document doc, SentenceTree tree, int t, int first)
    {
        var verb = tree.Head(t);
        foreach (var c in tree.Children(t).Where(c => c > t).ToList())
            TreeEdit.Set(doc, c, verb, tree.Rel(c));
        foreach (var c in tree.Children(t - 1).ToList())
            TreeEdit.Set(doc, c, t, tree.Rel(c));
        TreeEdit.Set(doc, t - 1, t, "compound");
        TreeEdit.Set(doc, t, first, "conj");
        AsNoun(doc, tree, t);
    }

    // "The Chinese military scaled down its drills": an actor word hung as amod or compound on the subjectless verb right after it.
    private static bool ModifierSubject(SentenceTree tree, int t)
    {
        var verb = t + 1;
        return verb < tree.End && tree.Head(t) == verb && tree.Upos(verb) == Upos.VERB && (tree.Is(t, "amod") || tree.Is(t, "compound"))
            && tree.Upos(t) is Upos.ADJ or Upos.NOUN && tree.InActor(t)
            && !tree.Children(verb).Any(c => tree.Rel(c).StartsWith("nsubj", StringComparison.Ordinal) || tree.Rel(c).StartsWith("csubj", StringComparison.Ordinal));
    }

    // The word becomes the verb's subject noun; the verb's determiners and modifiers before it become the word's.
    private static void AsSubject(Document doc, SentenceTree tree, int t)
    {
        foreach (var c in tree.Children(t + 1).Where(c => c < t).ToList())
            TreeEdit.Set(doc, c, t, tree.Rel(c));
        TreeEdit.Set(doc, t, t + 1, "nsubj");
        if (tree.Upos(t) == Upos.ADJ)
            Retag(doc, t, Upos.NOUN, "NN", tree.Lemma(t), "Number=Sing");
    }

    private static void AsNoun(Document doc, SentenceTree tree, int t)
    {
        var plural = tree.Xpos(t) == "VBZ";
        Retag(doc, t, Upos.NOUN, plural ? "NNS" : "NN", tree.Lemma(t), plural ? "Number=Plur" : "Number=Sing");
    }

    private static void Retag(Document doc, int t, Upos upos, string xpos, string lemma, string feats)
    {
        doc.Tokens[t].Upos = upos;
        doc.Tokens[t].Xpos = doc.Strings.Intern(xpos);
        doc.Tokens[t].Lemma = doc.Strings.Intern(lemma);
        doc.Tokens[t].Feats = doc.Strings.Intern(feats);
    }
}
