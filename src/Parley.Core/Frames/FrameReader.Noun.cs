using Parley.Patterns;

namespace Parley.Frames;

// The frame of an event noun: its subject ("Kim's visit", "a threat from North Korea", the subject of the verb that
// governs it) and its target.
internal sealed partial class FrameReader
{
    // The noun's own prepositional phrases, then the one who undergoes it, as its target ("against").
    private IEnumerable<PrepositionalArgument> NounPrepositions(int t, Dictionary<FrameArgument, int> args)
    {
        foreach (var p in Prepositions(t, "nmod", args))
            yield return p;
        if (Undergoer(t) is var u and >= 0)
            yield return new PrepositionalArgument("against", Argument(u, args));
    }

    // "Trump faced a threat from North Korea": the subject of a verb of undergoing is the target of its object noun.
    private int Undergoer(int t) =>
        Governor(t) is var g and >= 0 && tree.Upos(g) == Documents.Upos.VERB && grammar.UndergoVerbs.Contains(tree.Lemma(g)) ? VerbSubject(g) : -1;

    // "Kim's visit", "a threat from North Korea", "U.S. sanctions", the subject of a copula ("X is on strike"), or the subject of the verb that governs the
    // noun as its object or with "with" ("imposed sanctions", "responded with threats").
    private int NounSubject(int t)
    {
        if (tree.Child(t, "nmod:poss") is var poss and >= 0)
            return poss;
        var from = tree.ChildrenWith(t, "nmod").FirstOrDefault(c => Case(c) == "from", -1);
        if (from >= 0)
            return from;
        // "The activist has been on hunger strike": a noun predicate of a copula has its clause's subject.
        if (tree.Child(t, "cop") >= 0 && tree.Child(t, "nsubj") is var own and >= 0)
            return own;
        var compound = tree.ChildrenWith(t, "compound").FirstOrDefault(c => tree.Upos(c) == Documents.Upos.PROPN, -1);
        if (compound >= 0)
            return compound;
        // Not the subject of a verb the noun is the topic of ("advancing the denuclearization") or an act it
        // undergoes ("faced threats").
        var g = Governor(t);
        return g >= 0 && tree.Upos(g) == Documents.Upos.VERB && !grammar.TopicVerbs.Contains(tree.Lemma(g))
            && !grammar.UndergoVerbs.Contains(tree.Lemma(g)) ? VerbSubject(g) : -1;
    }

    private int Governor(int t)
    {
        var h = tree.Head(t);
        return h >= tree.First && (tree.Is(t, "obj") || (tree.Is(t, "obl") && Case(t) == "with")) ? h : -1;
    }
}
