using Parley.Patterns;

namespace Parley.Frames;

/// <summary>The frame reader's subjects: the subject phrase patterns test, and who the subject and agent of active and passive verbs are.</summary>
internal sealed partial class FrameReader
{
    // The subject as patterns test it (subj:): head, modifiers, whether conjoined ("Arnor and Gondor"). It is not
    // one of the frame's arguments (never a target), so it is not recorded in the argument map.
    private FrameArgument? SubjectArgument(int s) => s < 0 ? null : new FrameArgument(tree.Lemma(s))
    {
        Modifiers = Modifiers(s),
        Classes = tree.InActor(s) ? ActorClass : [],
        Conjoined = tree.Child(s, "conj") >= 0,
        Preceding = Preceding(s),
    };

    // The adjective or compound modifier right before a head ("trade" in "economic trade relations"), or null.
    private string? Preceding(int t) =>
        t > tree.First && tree.Head(t - 1) == t && (tree.Is(t - 1, "amod") || tree.Is(t - 1, "compound")) ? tree.Lemma(t - 1) : null;

    // The words before the predicate in its sentence (pre:), each as its lemma and (when it differs) its lower-case form.
    private ReadOnlyMemory<string> WordsBefore(int t) => tree.Words(tree.First, t);

    // The words after the predicate in its sentence (post:): two entries a token, its lemma and its lower-case form.
    private ReadOnlyMemory<string> TokensAfter(int t) => tree.WordPairsAfter(t);

    // A passive subject, when the verb has a passive auxiliary ("was criticized"); a parser's nsubj:pass of an active
    // verb ("Gamgee has criticized") is read as the subject.
    // A conjoined passive without a subject of its own ("bombers flew near Alaska and were intercepted by jets")
    // shares its head's subject, which is its patient.
    private int PassiveSubject(int t)
    {
        // "were detained and beaten by police": a bare participle conjoined to a passive shares its patient.
        if (SharedPassive(t))
            return PassiveSubject(tree.Head(t));
        if (tree.Child(t, "aux:pass") < 0)
            return -1;
        var own = tree.Child(t, "nsubj:pass");
        // "Anwar was received by Widodo" with the patient labelled nsubj: a passive with an agent has a patient subject.
        if (own < 0 && tree.ChildrenWith(t, "obl:agent").Any())
            own = tree.Child(t, "nsubj");
        if (own >= 0 || !tree.Is(t, "conj") || tree.Child(t, "nsubj") >= 0 || tree.Head(t) < tree.First || tree.Upos(tree.Head(t)) != Documents.Upos.VERB)
            return own;
        var h = tree.Head(t);
        return PassiveSubject(h) is var patient and >= 0 ? patient : tree.Child(h, "nsubj");
    }

    // The agent of a passive, else the subject; conjuncts and controlled verbs inherit from their head.
    private int VerbSubject(int t)
    {
        if (PassiveSubject(t) >= 0)
            return PassiveAgent(t);
        var s = tree.Child(t, "nsubj");
        if (s >= 0)
            return s;
        var h = tree.Head(t);
        if (h < tree.First || !(tree.Is(t, "conj") || tree.Is(t, "xcomp") || tree.Is(t, "advcl")))
            return -1;
        if ((tree.Is(t, "xcomp") || IsObjectControlled(t)) && tree.Child(h, "obj") is var o and >= 0)
            return o;
        // "Visiting Malaysian Prime Minister Anwar was received by Widodo": an adverbial participle is done by the
        // head's surface subject, the patient of a passive, not its agent.
        if (tree.Is(t, "advcl") && !tree.Children(t).Any(c => tree.Is(c, "mark")) && PassiveSubject(h) is var surface and >= 0)
            return surface;
        // "Peacekeepers were deployed to protect civilians": the purpose of an agentless passive is its patient's.
        if (!tree.Is(t, "conj") && PassiveSubject(h) is var patient and >= 0 && VerbSubject(h) < 0
            && (tree.Is(t, "xcomp") || tree.Children(t).Any(c => tree.Is(c, "mark") && tree.Lemma(c) == "to")))
            return patient;
        var inherited = VerbSubject(h);
        return inherited >= 0 && tree.Head(inherited) == h ? RelativeAntecedent(h, inherited) : inherited;
    }

    // "Qatar, which has brokered prisoner exchanges, mediated …" with the main verb misread as an adverbial or conjunct of
    // the relative clause: the relative pronoun it would inherit stands for the noun the clause hangs on (also when the
    // parser made the clause a parataxis or an appositive of that noun); else the subject itself. The relative clause
    // keeps its pronoun: what it tells is background, not the sentence's act.
    private int RelativeAntecedent(int t, int s)
    {
        var h = tree.Head(t);
        if (tree.Upos(s) != Documents.Upos.PRON || h < tree.First || tree.Upos(h) is not (Documents.Upos.NOUN or Documents.Upos.PROPN))
            return s;
        var lemma = tree.Lemma(s);
        return tree.Is(t, "acl:relcl") && grammar.RelativePronouns.Contains(lemma)
            || (tree.Is(t, "parataxis") || tree.Is(t, "appos")) && grammar.LooseRelativePronouns.Contains(lemma) ? h : s;
    }

    // The agent of a passive, also one the parser hung from another oblique ("returned to Ukraine by Russia" with "by
    // Russia" under "Ukraine"), or -1.
    private int PassiveAgent(int t) => OwnPassiveAgent(t) is var own and >= 0 ? own
        // "were detained and beaten by police": conjoined passives sharing their patient share their agent.
        : SharedPassive(t) ? OwnPassiveAgent(tree.Head(t))
        : tree.ChildrenWith(t, "conj").Where(SharedPassive).Select(OwnPassiveAgent).FirstOrDefault(a => a >= 0, -1);

    private int OwnPassiveAgent(int t)
    {
        var obliques = tree.ChildrenWith(t, "obl").ToList();
        var own = obliques.FirstOrDefault(IsAgent, -1);
        return own >= 0 ? own : obliques.SelectMany(o => tree.ChildrenWith(o, "nmod")).FirstOrDefault(c => Case(c) == "by", -1);
    }

    // A past participle conjoined to a passive verb, with no subject, auxiliary or object of its own ("beaten" in
    // "were detained and beaten by police").
    private bool SharedPassive(int t) =>
        tree.Is(t, "conj") && tree.Head(t) is var h && h >= tree.First && tree.Upos(t) == Documents.Upos.VERB && tree.Upos(h) == Documents.Upos.VERB
        && tree.Child(h, "aux:pass") >= 0 && tree.Child(t, "aux:pass") < 0 && tree.Xpos(t) == "VBN"
        && !tree.Children(t).Any(c => tree.Rel(c).StartsWith("nsubj", StringComparison.Ordinal) || tree.Rel(c).StartsWith("aux", StringComparison.Ordinal) || tree.Is(c, "obj"));

    // A passive's agent phrase: "by" X, or an obl:agent not introduced by a preposition of direction (a parser's
    // obl:agent on "handed to the government" is the recipient, not the agent).
    private bool IsAgent(int c) => Case(c) is var k && (k == "by" || (tree.Is(c, "obl:agent") && !(k is not null && grammar.Directions.Contains(k))));
}
