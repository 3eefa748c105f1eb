using Parley.Patterns;

namespace Parley.Frames;

// The frame of an event noun: its subject ("Kim's visit", "a threat from North Korea", the subject of the verb that
// governs it) and its target.
internal sealed partial class FrameReader
{
    // The noun's own prepositional phrases, those the parser hung on its "by" agent after it ("the attack by gunmen [on
    // a hotel]"), then the one who undergoes it, as its target ("against").
    private IEnumerable<PrepositionalArgument> NounPrepositions(int t, Dictionary<FrameArgument, int> args)
    {
        foreach (var p in Prepositions(t, "nmod", args))
            yield return p;
        var by = tree.ChildrenWith(t, "nmod").FirstOrDefault(c => c > t && Case(c) == "by", -1);
        if (by >= 0)
            foreach (var c in tree.ChildrenWith(by, "nmod"))
                if (c > by && Case(c) is { } k && grammar.AgentHungTargets.Contains(k) && !tree.ChildrenWith(t, "nmod").Any(o => Case(o) == Case(c)))
                    yield return new PrepositionalArgument(Case(c)!, Argument(c, args));
        if (Undergoer(t) is var u and >= 0)
            yield return new PrepositionalArgument("against", Argument(u, args));
        // "A request was sent to Eritrea by …", "handed a list of demands to the government": where the governing verb
        // sends the noun is the noun's addressee.
        if (Governor(t) is var g and >= 0 && tree.Upos(g) == Documents.Upos.VERB)
            foreach (var c in tree.ChildrenWith(g, "obl"))
                if (Case(c) is { } k && grammar.Directions.Contains(k))
                    yield return new PrepositionalArgument(k, Argument(c, args));
    }

    // "Trump faced a threat from North Korea": the subject of a verb of undergoing is the target of its object noun.
    private int Undergoer(int t) =>
        Governor(t) is var g and >= 0 && tree.Upos(g) == Documents.Upos.VERB && grammar.UndergoVerbs.Contains(tree.Lemma(g)) ? VerbSubject(g) : -1;

    // "Kim's visit", "a threat from North Korea", "U.S. sanctions", the subject of a copula ("X is on strike"), or the subject of the verb that governs the
    // noun as its object or with "with" ("imposed sanctions", "responded with threats").
    private int NounSubject(int t)
    {
        // "Kim's visit"; not "his detention", which he undergoes (only "by" names who detained him).
        if (tree.Child(t, "nmod:poss") is var poss and >= 0)
            return grammar.PatientNouns.Contains(tree.Lemma(t)) ? NounAgent(t) : poss;
        var from = tree.ChildrenWith(t, "nmod").FirstOrDefault(c => Case(c) == "from", -1);
        if (from >= 0)
            return from;
        // "Praise for Kenya came from the secretary of state": the "from" phrase of a verb of origin the noun is the subject of.
        if (tree.Is(t, "nsubj") && !tree.Is(t, "nsubj:pass") && tree.Head(t) is var v && v >= tree.First && grammar.OriginVerbs.Contains(tree.Lemma(v))
            && tree.ChildrenWith(v, "obl").FirstOrDefault(c => Case(c) == "from", -1) is var origin and >= 0)
            return origin;
        // "The activist has been on hunger strike": a noun predicate of a copula has its clause's subject.
        if (tree.Child(t, "cop") >= 0 && tree.Child(t, "nsubj") is var own and >= 0)
            return own;
        var compound = tree.ChildrenWith(t, "compound").FirstOrDefault(c => tree.Upos(c) == Documents.Upos.PROPN, -1);
        if (compound >= 0)
            return compound;
        // "the visit by Scholz to Beijing", "talks between Iran and Oman (were held in Muscat)": the agent, else the
        // parties of a meeting-like noun, on the noun or on the passive verb it is the subject of.
        if (NounAgent(t) is var agent and >= 0)
            return agent;
        // Not the subject of a verb the noun is the topic of ("advancing the denuclearization") or an act it
        // undergoes ("faced threats").
        var g = Governor(t);
        return g >= 0 && tree.Upos(g) == Documents.Upos.VERB && !grammar.TopicVerbs.Contains(tree.Lemma(g))
            && !grammar.UndergoVerbs.Contains(tree.Lemma(g)) ? VerbSubject(g) : -1;
    }

    private int NounAgent(int t)
    {
        var by = tree.ChildrenWith(t, "nmod").FirstOrDefault(c => Case(c) == "by", -1);
        if (by >= 0)
            return by;
        // Only a meeting that is the clause's own subject ("talks between A and B resumed", "talks were held between
        // A and B"), not one requested, hosted or mediated by someone else ("a request for a meeting between …").
        var h = tree.Head(t);
        var agentless = h >= tree.First && !tree.ChildrenWith(h, "obl").Any(IsAgent);
        // (Is("nsubj") also finds nsubj:pass.)
        if (tree.Is(t, "nsubj:pass") ? !agentless : !(tree.Is(t, "nsubj") || h < tree.First))
            return -1;
        var between = tree.ChildrenWith(t, "nmod").FirstOrDefault(c => Case(c) == "between", -1);
        if (between >= 0 || !tree.Is(t, "nsubj:pass"))
            return between;
        return tree.ChildrenWith(h, "obl").FirstOrDefault(c => Case(c) == "between", -1);
    }

    // The verb that governs the noun as its object, with "with" ("responded with threats"), or as the patient of a
    // passive with an agent ("a request was sent to Eritrea by the coast guard", "a swap was carried out by A and B").
    private int Governor(int t)
    {
        var h = tree.Head(t);
        return h >= tree.First && (tree.Is(t, "obj") || (tree.Is(t, "obl") && Case(t) == "with")
            || (tree.Is(t, "nsubj:pass") && PassiveSubject(h) == t && PassiveAgent(h) >= 0)) ? h : -1;
    }
}
