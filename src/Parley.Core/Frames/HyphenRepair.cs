using Parley.Documents;

namespace Parley.Frames;

/// <summary>
/// Repairs a hyphenated modifier the parser read as the head of its noun phrase. The tokenizer splits "short-range"
/// into "short", "-", "range" (as UD English does); the parser may then make "range" the verb's object and the noun
/// after it ("missiles") an <c>nmod</c> of it without a preposition, which UD does not allow. When a noun written
/// joined to a hyphen before it has such an unmarked <c>nmod</c> starting right after it, that <c>nmod</c> is the head:
/// it takes the noun's head and relation, the noun becomes its <c>compound</c>, and the noun's other dependents
/// (determiners and numbers before the hyphenated word, phrases after it) move to the new head.
/// It also repairs a hyphenated modifier the parser split from the name it modifies ("sent tents to flood-hit
/// Pakistan" read as "to flood-hit" plus a bare "Pakistan"): a marked adverbial or nominal modifier whose last part
/// follows a hyphen, with an actor right after it hung on the same head without a marker of its own, is that actor's
/// adjective; the actor takes the marker and the relation.
/// </summary>
internal static class HyphenRepair
{
    /// <summary>Repairs every such phrase of the sentence; true when it changed the tree.</summary>
    public static bool Repair(Document doc, SentenceData sentence) => RepairHeads(doc, sentence) | RepairSplitNames(doc, sentence);

    // A hyphenated noun read as the head of its phrase ("short-range missiles").
    private static bool RepairHeads(Document doc, SentenceData sentence) => TreeEdit.EachToken(doc, sentence, 2, FixHead);

    private static bool FixHead(SentenceTree tree, int t)
    {
        var doc = tree.Document;
        if (HyphenatedStart(doc, tree, t) is not (>= 0 and var start) || UnmarkedHead(tree, t) is not (>= 0 and var head))
            return false;
        foreach (var c in tree.Children(t).Where(c => c != head && (c < start || c > t)).ToList())
            TreeEdit.Set(doc, c, head, tree.Rel(c));
        TreeEdit.Set(doc, head, tree.Head(t), tree.Rel(t));
        TreeEdit.Set(doc, t, head, "compound");
        return true;
    }

    // A hyphenated modifier split from the actor it modifies ("to flood-hit Pakistan").
    private static bool RepairSplitNames(Document doc, SentenceData sentence)
    {
        var tree = new SentenceTree(doc, sentence);
        var changed = false;
        for (var t = tree.First + 1; t + 1 < tree.End; t++)
        {
            var name = t + 1;
            if (!(tree.Is(t, "obl") || tree.Is(t, "nmod")) || !tree.WordIs(t - 1, "-") || tree.Child(t, "case") is not (>= 0 and var marker)
                || tree.Head(name) != tree.Head(t) || !(tree.Is(name, "obl") || tree.Is(name, "nmod")) || tree.Child(name, "case") >= 0
                || !tree.InActor(name))
                continue;
            TreeEdit.Set(doc, marker, name, "case");
            TreeEdit.Set(doc, name, tree.Head(t), tree.Rel(t));
            TreeEdit.Set(doc, t, name, "amod");
            changed = true;
        }
        return changed;
    }

    // The first token of the hyphenated word that ends with noun t ("short-range": "short"), or -1 when t is not
    // a noun joined by a hyphen, without spaces, to the word before it.
    private static int HyphenatedStart(Document doc, SentenceTree tree, int t)
    {
        var hyphen = t - 1;
        if (tree.Upos(t) != Upos.NOUN || !tree.WordIs(hyphen, "-") || !Joined(doc, hyphen, t) || !Joined(doc, hyphen - 1, hyphen))
            return -1;
        var start = hyphen - 1;
        while (start > tree.First && Joined(doc, start - 1, start))
            start--;
        return start;
    }

    // An nmod of t without a preposition, a noun whose phrase starts right after t; else -1.
    private static int UnmarkedHead(SentenceTree tree, int t) =>
        tree.ChildrenWith(t, "nmod").FirstOrDefault(c => c > t && tree.Rel(c) == "nmod" && tree.Upos(c) is Upos.NOUN or Upos.PROPN
            && tree.Child(c, "case") < 0 && tree.Span(c).First == t + 1, -1);

    private static bool Joined(Document doc, int a, int b) => doc.Tokens[a].Start + doc.Tokens[a].Length == doc.Tokens[b].Start;
}
