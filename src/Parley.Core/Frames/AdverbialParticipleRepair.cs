using Parley.Documents;

namespace Parley.Frames;

/// <summary>
/// Repairs a sentence-final participle adverbial the parser conjoined to a participle inside an argument: in "Gunmen
/// opened fire on a bus carrying pilgrims in Jammu, killing nine people" it makes "killing" a conjunct of "carrying"
/// (an <c>acl</c> of "bus"), or an adverbial of it. A conjunct or adverbial after a comma, with no coordinator, marker
/// or subject of its own, of a participle that modifies a
/// noun of a clause's verb is an adverbial clause (<c>advcl</c>) of that verb: what the clause's act did. The document
/// is changed in place.
/// </summary>
internal static class AdverbialParticipleRepair
{
    /// <summary>Repairs every such participle of the sentence; true when it changed the tree.</summary>
    public static bool Repair(Document doc, SentenceData sentence) => TreeEdit.EachToken(doc, sentence, 1, Fix);

    private static bool Fix(SentenceTree tree, int t)
    {
        if (ClauseVerb(tree, t) is not (>= 0 and var verb))
            return false;
        TreeEdit.Set(tree.Document, t, verb, "advcl");
        return true;
    }

    // The verb whose adverbial t is: t is an "-ing" conjunct or adverbial right after a comma, alone, of a participle
    // (acl) on a noun that hangs on a verb; else -1.
    private static int ClauseVerb(SentenceTree tree, int t)
    {
        var acl = tree.Head(t);
        if (tree.Upos(t) != Upos.VERB || !(tree.Is(t, "conj") || tree.Is(t, "advcl")) || !tree.Word(t).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || !tree.WordIs(t - 1, ",") || tree.Children(t).Any(c => tree.Is(c, "cc") || tree.Is(c, "mark") || tree.Is(c, "nsubj"))
            || acl < tree.First || acl > t || !tree.Is(acl, "acl"))
            return -1;
        var noun = tree.Head(acl);
        var verb = noun >= tree.First ? tree.Head(noun) : -1;
        return verb >= tree.First && tree.Upos(noun) is Upos.NOUN or Upos.PROPN && tree.Upos(verb) == Upos.VERB ? verb : -1;
    }
}
