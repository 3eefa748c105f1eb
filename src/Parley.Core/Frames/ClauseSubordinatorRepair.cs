using System.Collections.Frozen;
using Parley.Documents;

namespace Parley.Frames;

/// <summary>
/// Repairs a main clause the parser read as a participle of its subject because it took the subordinator of a later
/// time clause for a preposition: "Striking teachers [called off their protest after the ministry] offered a pay rise"
/// parsed with "offered" as the root, "teachers" its subject, "called" an <c>acl</c> of "teachers" and "after the
/// ministry" a prepositional phrase of "called". When the first verb hangs as <c>acl</c> from the root verb's subject,
/// and its last dependent is a noun phrase under a time preposition ("after", "before", "until") that ends right
/// before the root verb, that preposition is the subordinator of the root's clause: the first verb becomes the root,
/// the subject its own, the later verb its adverbial clause (<c>advcl</c>) with the noun phrase as its subject and
/// the preposition as its marker. In the document itself, before frames are read.
/// </summary>
internal static class ClauseSubordinatorRepair
{
    /// <summary>Repairs the sentence; true when it changed the tree.</summary>
    public static bool Repair(Document doc, SentenceData sentence, FrozenSet<string> timePrepositions)
    {
        var tree = new SentenceTree(doc, sentence);
        var verb = ClauseRepair.FirstVerb(tree);
        if (verb < 0 || !tree.Is(verb, "acl"))
            return false;
        var subject = tree.Head(verb);
        var root = tree.Head(subject);
        if (root < tree.First || root < verb || tree.Upos(root) != Upos.VERB || tree.Head(root) >= tree.First || !tree.Is(subject, "nsubj")
            || tree.ChildrenWith(root, "nsubj").Count() != 1 || tree.Children(root).Any(c => c > subject && c < root))
            return false;
        var clauseSubject = tree.Children(verb).LastOrDefault(-1);
        if (clauseSubject < 0 || !tree.Rel(clauseSubject).StartsWith("obl", StringComparison.Ordinal) || tree.Span(clauseSubject).Last != root - 1
            || tree.Upos(clauseSubject) is not (Upos.NOUN or Upos.PROPN or Upos.PRON)
            || tree.Child(clauseSubject, "case") is not (>= 0 and var marker) || !timePrepositions.Contains(tree.LowerWord(marker)))
            return false;
        foreach (var c in tree.Children(root).Where(c => c != subject && tree.Is(c, "punct") && c == tree.End - 1).ToList())
            TreeEdit.Set(doc, c, verb, "punct");
        TreeEdit.Set(doc, verb, -1, "root");
        TreeEdit.Set(doc, subject, verb, "nsubj");
        TreeEdit.Set(doc, root, verb, "advcl");
        TreeEdit.Set(doc, clauseSubject, root, "nsubj");
        TreeEdit.Set(doc, marker, root, "mark");
        return true;
    }
}
