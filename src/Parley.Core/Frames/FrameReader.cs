using System.Collections.Frozen;
using System.Collections.Immutable;
using Parley.Patterns;

namespace Parley.Frames;

/// <summary>Reads the frame of one predicate from a sentence tree (UD relations).</summary>
internal sealed partial class FrameReader(SentenceTree tree, FrozenSet<string> speechVerbs, GrammarWords grammar, FrozenSet<string> eventNouns)
{

    public PredicateFrame Verb(int sentence, int t, int controlled = -1)
    {
        var args = new Dictionary<FrameArgument, int>(ReferenceEqualityComparer.Instance);
        var frame = VerbFrame(t, args, controlled);
        return new PredicateFrame(sentence, t, frame, VerbSubject(t), VerbModality(t, frame.Negated), SpeechVerbOver(t), args);
    }

    public PredicateFrame Noun(int sentence, int t)
    {
        var args = new Dictionary<FrameArgument, int>(ReferenceEqualityComparer.Instance);
        var negated = tree.Children(t).Any(c => tree.Is(c, "det") && grammar.Negators.Contains(tree.Lemma(c)));
        var frame = new Frame(tree.Lemma(t))
        {
            IsNoun = true,
            Negated = negated,
            Modifiers = Modifiers(t),
            Prepositions = [.. NounPrepositions(t, args)],
        };
        var modality = negated ? Modality.Negated : Governor(t) is var g and >= 0 && tree.Upos(g) == Documents.Upos.VERB ? VerbModality(g, false) : Modality.Asserted;
        return new PredicateFrame(sentence, t, frame, NounSubject(t), modality, SpeechVerbOver(t), args);
    }

    private Frame VerbFrame(int t, Dictionary<FrameArgument, int> args, int controlled = -1)
    {
        var passiveSubject = PassiveSubject(t);
        var obj = tree.Child(t, "obj") is var o and >= 0 ? o : passiveSubject;
        var xcomp = controlled >= 0 ? controlled : tree.ChildrenWith(t, "xcomp").FirstOrDefault(x => tree.Upos(x) is Documents.Upos.VERB && !IsRaised(x), -1);
        // "demanded that Moscow release the journalist" reads like "urged Moscow to release …": the clause is the
        // controlled act and its subject the addressee (speech verbs keep their clause as reported speech).
        var demanded = xcomp < 0 ? DemandedClause(t) : -1;
        // "urged the EU to lift …", "rallied to demand …": a to-infinitive adverbial the parser did not call an
        // xcomp is the verb's controlled act all the same.
        if (xcomp < 0 && demanded < 0)
            xcomp = PurposeClause(t);
        if (demanded >= 0)
        {
            xcomp = demanded;
            if (obj < 0)
                obj = tree.Child(demanded, "nsubj");
        }
        var preps = Prepositions(t, "obl", args).Select(p => WithNested(p, args)).ToList();
        if (tree.Child(t, "iobj") is var io and >= 0)
            preps.Insert(0, new PrepositionalArgument("to", Argument(io, args)));
        var evaluation = Evaluation(t, args);
        return new Frame(tree.Lemma(t))
        {
            Particle = tree.Child(t, "compound:prt") is var p and >= 0 ? tree.Lemma(p) : null,
            Negated = IsNegated(t),
            Object = obj >= 0 ? ObjectArgument(obj, args) : evaluation.Object,
            Prepositions = [.. preps],
            Xcomp = xcomp >= 0 ? VerbFrame(xcomp, args) : evaluation.Xcomp,
            Subject = SubjectArgument(VerbSubject(t)),
            Before = WordsBefore(t),
            Preceding = t > tree.First ? tree.Words(t - 1, t) : default,
            After = TokensAfter(t),
            Form = tree.LowerWord(t) is var form && form != tree.Lemma(t) ? form : null,
        };
    }

    // "X said (that) Y's stance was regrettable": the evaluative complement becomes the xcomp, its subject the object.
    private (FrameArgument? Object, Frame? Xcomp) Evaluation(int t, Dictionary<FrameArgument, int> args)
    {
        if (!speechVerbs.Contains(tree.Lemma(t)))
            return (null, null);
        // The complement clause, or a content clause on the verb's nominal ("said in a statement that … were regrettable").
        var comp = tree.Children(t).Where(c => tree.Is(c, "ccomp"))
            .Concat(tree.Children(t).Where(c => tree.Is(c, "obl") || tree.Is(c, "obj")).SelectMany(n => tree.ChildrenWith(n, "acl")))
            .FirstOrDefault(c => tree.Upos(c) == Documents.Upos.ADJ, -1);
        if (comp < 0)
            return (null, null);
        var subject = tree.Child(comp, "nsubj");
        // The adjective's own phrases ("optimistic about the talks with Malaysia") are where a fallback target is found.
        return (subject >= 0 ? Argument(subject, args) : null, new Frame(tree.Lemma(comp)) { Negated = IsNegated(comp), Prepositions = [.. Prepositions(comp, "obl", args)] });
    }

    // An argument the actor stage coded (a country, person, organization or agent) also belongs to the &ACTOR synset.
    private static readonly ImmutableArray<string> ActorClass = ["&ACTOR"];

    // The direct object with the prepositional phrases the parser attached to it ("the ban on the party"), also those
    // it chained below them ("celebrated Eid at the palace with Gondor": "with Gondor" under "palace"; not below an
    // "of" phrase, which names a part of the object: "warned the people of Gondor about Rohan").
    private FrameArgument ObjectArgument(int obj, Dictionary<FrameArgument, int> args)
    {
        var own = Prepositions(obj, "nmod", args).ToList();
        var chained = own.Where(p => p.Preposition != "of").SelectMany(p => tree.ChildrenWith(args[p.Argument], "nmod").Where(c => c > args[p.Argument] && Case(c) is { } k && k != "of"))
            .Select(c => new PrepositionalArgument(Case(c)!, Argument(c, args))).ToList();
        var arg = Argument(obj, args) with { Prepositions = [.. own, .. chained] };
        args[arg] = obj;
        return arg;
    }

    // "appealed to the international community for aid": the phrases the parser hung on a verb's prepositional
    // argument (not "of", which names a part of it) are recorded on that argument; a pattern falls back to them when
    // the verb has no such phrase of its own.
    private PrepositionalArgument WithNested(PrepositionalArgument p, Dictionary<FrameArgument, int> args)
    {
        var t = args[p.Argument];
        var nested = tree.ChildrenWith(t, "nmod").Where(c => c > t && Case(c) is { } k && k != "of")
            .Select(c => new PrepositionalArgument(Case(c)!, Argument(c, args))).ToList();
        if (nested.Count == 0)
            return p;
        var arg = p.Argument with { Prepositions = [.. nested] };
        args[arg] = t;
        return p with { Argument = arg };
    }

    private FrameArgument Argument(int t, Dictionary<FrameArgument, int> args)
    {
        var arg = new FrameArgument(tree.Lemma(t)) { Modifiers = Modifiers(t), Classes = tree.InActor(t) ? ActorClass : [], Conjoined = tree.Child(t, "conj") >= 0, Preceding = Preceding(t) };
        args[arg] = t;
        return arg;
    }

    // The lemmas of the adjective and compound modifiers, then of the "of" phrases.
    private ImmutableArray<string> Modifiers(int t)
    {
        var children = tree.Children(t);
        if (children.Count == 0)
            return [];
        var words = ImmutableArray.CreateBuilder<string>();
        foreach (var c in children)
            if (tree.Is(c, "amod") || tree.Is(c, "compound"))
                words.Add(tree.Lemma(c));
        foreach (var c in children)
            if (tree.Is(c, "nmod") && Case(c) == "of")
                words.Add(tree.Lemma(c));
        return words.DrainToImmutable();
    }

    private IEnumerable<PrepositionalArgument> Prepositions(int t, string rel, Dictionary<FrameArgument, int> args)
    {
        foreach (var c in tree.Children(t))
            if ((tree.Is(c, rel) || tree.Is(c, "obl")) && Case(c) is { } prep && !(tree.Is(c, "obl:agent") && prep == "by") && !tree.Is(c, "nmod:poss"))
                yield return new PrepositionalArgument(prep, Argument(c, args));
    }

    /// <summary>The preposition of a nominal: its case child plus fixed words ("on_behalf_of"), or null.</summary>
    private string? Case(int t)
    {
        if (t < tree.First || t >= tree.End)
            return MakeCase(t);
        _cases ??= new string?[tree.End - tree.First];
        var known = _cases[t - tree.First] ??= MakeCase(t) ?? NoCase;
        return ReferenceEquals(known, NoCase) ? null : known;
    }

    // The tree is not changed while frames are read: each token's preposition is made once.
    private string?[]? _cases;

    private static readonly string NoCase = new('\0', 1);

    private string? MakeCase(int t) => tree.Child(t, "case") is var c and >= 0 ? WithFixed(c) : null;

    // A preposition or subordinator with its fixed words ("because of" → "because_of", "so that" → "so_that").
    private string WithFixed(int c) => string.Join('_', tree.ChildrenWith(c, "fixed").Select(tree.Lemma).Prepend(tree.Lemma(c)));

    private bool IsNegated(int t) =>
        tree.Children(t).Any(c => (tree.Is(c, "advmod") || tree.Is(c, "neg")) && grammar.Negators.Contains(tree.Lemma(c)));

    private Modality VerbModality(int t, bool negated)
    {
        if (negated)
            return Modality.Negated;
        if (tree.Children(t).Any(c => tree.Is(c, "mark") && (grammar.Conditions.Contains(tree.Lemma(c)) || grammar.Conditions.Contains(WithFixed(c)))))
            return Modality.Conditional;
        if (tree.Children(t).Any(c => tree.Is(c, "aux") && grammar.Future.Contains(tree.Lemma(c))))
            return Modality.Intended;
        // "it was willing to release …", "ready to help": declared willingness announces the act.
        if (tree.Is(t, "xcomp") && tree.Head(t) is var h and >= 0 && tree.Upos(h) == Documents.Upos.ADJ && grammar.WillingAdjectives.Contains(tree.Lemma(h)))
            return Modality.Intended;
        var last = tree.End - 1;
        return tree.Head(t) < 0 && tree.WordIs(last, "?") ? Modality.Question : Modality.Asserted;
    }

    // "complimented Trump on advancing …", "praised Seoul for helping …": a gerund adverbial under a verb with an
    // object is the object's act.
    private bool IsObjectControlled(int t) =>
        tree.Is(t, "advcl") && tree.Children(t).Any(c => tree.Is(c, "mark") && grammar.ObjectControl.Contains(tree.Lemma(c)));

    /// <summary>
    /// True when a noun sits in a time adverbial ("after the summit", "ahead of his visit", "on the sidelines of the summit"): it names an event
    /// told elsewhere, not a new one.
    /// </summary>
    public bool IsBackground(int t) =>
        (tree.Is(t, "obl") || tree.Is(t, "nmod") || tree.Is(t, "advcl")) && Case(t) is { } c
        && (grammar.TimePrepositions.Contains(c.Split('_')[0])
            // "on the sidelines of the summit", "in the wake of the attack": the setting noun is the time word.
            || (c == "of" && tree.Is(t, "nmod") && tree.Head(t) is var h && h >= tree.First && grammar.TimePrepositions.Contains(tree.Lemma(h))));


    // A speech verb after the main clause that it reports ("X travelled to Caracas, the ministry said"), which the
    // parser hangs from the clause's verb with no complement of its own, or -1.
    private int Attribution(int root) =>
        tree.Children(root).FirstOrDefault(c => c > root && (tree.Is(c, "advcl") || tree.Is(c, "parataxis"))
            && speechVerbs.Contains(tree.Lemma(c)) && tree.Child(c, "ccomp") < 0 && tree.Child(c, "obj") < 0, -1);

    // The speech verb whose complement clause contains t ("Trump said [Putin agreed …]"), or -1.
    private int SpeechVerbOver(int t)
    {
        for (int x = t, below = -1; x >= tree.First; below = x, x = tree.Head(x))
        {
            var h = tree.Head(x);
            if (h < tree.First)
                return Attribution(x) is var a && a != below ? a : -1;
            if ((tree.Is(x, "ccomp") || tree.Is(x, "parataxis")) && speechVerbs.Contains(tree.Lemma(h)))
                return h;
        }
        return -1;
    }
}
