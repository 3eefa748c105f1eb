using System.Collections.Frozen;
using Parley.Documents;

namespace Parley.Frames;

/// <summary>
/// Repairs the misparse of a mandative subjunctive: in "Ankara demanded that Stockholm extradite dozens of activists"
/// the tagger reads the bare verb as a noun or adjective and the parser finds no verb in the "that" clause. When a
/// mandative verb (data/coding/grammar.txt, <c>mandative</c>) is followed by "that" and the clause up to the next
/// punctuation has no verb of its own, the first bare word (its form is its lemma) right after a noun or name that is
/// followed by no further noun becomes the clause's verb: the governing verb's <c>ccomp</c>, the noun before it its
/// subject, the first noun phrase after it its object, prepositional phrases after it its obliques. The document's
/// tags and dependency layer are changed in place, so that later lookups see the same tree.
/// </summary>
internal static class MandativeRepair
{
    private static readonly FrozenSet<string> ClauseLinks = FrozenSet.ToFrozenSet(["nsubj", "nsubj:pass", "obl:unmarked", "ccomp", "root"], StringComparer.Ordinal);

    /// <summary>Repairs each verbless that-clause of a mandative verb; true when it changed the tree.</summary>
    public static bool Repair(Document doc, SentenceData sentence, GrammarWords grammar)
    {
        var mandative = grammar.MandativeVerbs;
        if (mandative.Count == 0)
            return false;
        var changed = false;
        // One tree until a repair changes the sentence, then a new one (it reads heads and relations once).
        SentenceTree? tree = null;
        for (var v = sentence.FirstToken; v + 3 < sentence.EndToken; v++)
        {
            tree ??= new SentenceTree(doc, sentence);
            if (tree.Upos(v) != Upos.VERB || !mandative.Contains(tree.Lemma(v)) || !IsThat(tree, v + 1))
                continue;
            var end = ClauseEnd(tree, v + 2);
            if (HasVerb(tree, v + 2, end) || Candidate(tree, v + 2, end) is not (var verb and >= 0))
                continue;
            var heads = Rewire(tree, v, v + 1, verb, end, grammar.Particles);
            if (heads is null)
                continue;
            foreach (var (token, head, rel) in heads)
                TreeEdit.Set(doc, token, head, rel);
            doc.Tokens[verb].Upos = Upos.VERB;
            changed = true;
            tree = null;
        }
        return changed;
    }

    private static bool IsThat(SentenceTree tree, int t) =>
        tree.Upos(t) == Upos.SCONJ && string.Equals(tree.Word(t), "that", StringComparison.OrdinalIgnoreCase);

    private static int ClauseEnd(SentenceTree tree, int start)
    {
        var t = start;
        while (t < tree.End && !(tree.Upos(t) == Upos.PUNCT && tree.Word(t) is not ("-" or "'" or "\"")))
            t++;
        return t;
    }

    // A verb of the clause's own (not a participle modifying a noun: "the detained journalist").
    private static bool HasVerb(SentenceTree tree, int start, int end)
    {
        for (var t = start; t < end; t++)
            if (tree.Upos(t) is Upos.VERB or Upos.AUX && !tree.Is(t, "amod") && !tree.Is(t, "acl"))
                return true;
        return false;
    }

    // A bare word after a noun or name, read as a noun, adjective or adverb; one not followed by a noun first.
    private static int Candidate(SentenceTree tree, int start, int end)
    {
        var first = -1;
        for (var t = start + 1; t < end; t++)
        {
            if (tree.Upos(t) is not (Upos.NOUN or Upos.ADJ or Upos.ADV) || tree.Upos(t - 1) is not (Upos.NOUN or Upos.PROPN)
                || !string.Equals(tree.Word(t), tree.Lemma(t), StringComparison.OrdinalIgnoreCase) || (tree.Upos(t) == Upos.ADV && tree.Word(t).EndsWith("ly", StringComparison.Ordinal)))
                continue;
            if (Enumerable.Range(start, t - start).Any(i => tree.Upos(i) is Upos.ADP or Upos.CCONJ or Upos.PUNCT))
                return -1;
            if (t + 1 >= end || tree.Upos(t + 1) is not (Upos.NOUN or Upos.PROPN))
                return t;
            if (first < 0)
                first = t;
        }
        return first;
    }

    // The new (token, head, relation) triples, or null when they would not form a tree.
    private static List<(int, int, string)>? Rewire(SentenceTree tree, int governor, int that, int verb, int end, FrozenSet<string> particles)
    {
        var subject = verb - 1;
        var heads = new List<(int, int, string)> { (verb, governor, "ccomp"), (that, verb, "mark"), (subject, verb, "nsubj") };
        for (var t = that + 1; t < subject; t++)
            if (tree.Head(t) <= that || tree.Head(t) > subject)
                heads.Add((t, subject, tree.Is(t, "nsubj") ? "compound" : tree.Rel(t)));
        var hasObject = false;
        for (var t = verb + 1; t < end; t++)
        {
            var inside = tree.Head(t) > verb && tree.Head(t) < end;
            if (t == verb + 1 && particles.Contains(tree.Lemma(t)) && tree.Children(t).Count == 0)
                heads.Add((t, verb, "compound:prt"));
            else if (!inside || ClauseLinks.Contains(tree.Rel(t)))
                heads.Add((t, verb, Relation(tree, t, ref hasObject)));
        }
        return IsTree(tree, heads) ? heads : null;
    }

    private static string Relation(SentenceTree tree, int t, ref bool hasObject)
    {
        if (tree.Upos(t) is not (Upos.NOUN or Upos.PROPN or Upos.PRON or Upos.NUM))
            return tree.Rel(t) is "nsubj" or "ccomp" or "root" ? "dep" : tree.Rel(t);
        if (tree.Child(t, "case") >= 0)
            return "obl";
        if (hasObject)
            return "dep";
        hasObject = true;
        return "obj";
    }

    private static bool IsTree(SentenceTree tree, List<(int Token, int Head, string Rel)> changes)
    {
        var head = new Dictionary<int, int>();
        for (var t = tree.First; t < tree.End; t++)
            head[t] = tree.Head(t);
        foreach (var c in changes)
            head[c.Token] = c.Head;
        for (var t = tree.First; t < tree.End; t++)
        {
            var steps = 0;
            for (var h = t; h >= tree.First && h < tree.End; h = head[h])
                if (++steps > tree.End - tree.First)
                    return false;
        }
        return true;
    }
}
