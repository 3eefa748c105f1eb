using Parley.Actors;
using Parley.Frames;
using Parley.Ontology;
using Parley.Patterns;

namespace Parley.Events;

internal sealed partial class CodingContext
{
    private readonly IReadOnlyList<ActorMention> _mentions;

    /// <summary>
    /// Patterns whose target, when no slot or argument names one, is the first actor after the predicate within its
    /// clause, as PETRARCH takes it (PETRARCH patterns); null: none.
    /// </summary>
    public Func<Pattern, bool>? WideTarget { get; init; }

    /// <summary>
    /// Patterns of PETRARCH-1 files: their events go to each member of a compound actor code (<c>FRO/BIL/SAM</c>), and
    /// an agentless passive's subject stays the source; null: none.
    /// </summary>
    public Func<Pattern, bool>? Linear { get; init; }

    // A compound actor code's members, each an actor of its own (one event each), or the actor itself.
    private static IEnumerable<EventActor?> Members(EventActor? actor, bool split) =>
        split && actor?.Code is { } code && code.Contains('/', StringComparison.Ordinal)
            ? code.Split('/').Select(c => (EventActor?)(actor with { Code = c, Country = null, Sector = null }))
            : [actor];

    /// <summary>The event of a paired code from <paramref name="forward"/>'s target back to its source.</summary>
    public CodedEvent Reverse(PredicateFrame frame, PatternMatch match, CameoCode code, CodedEvent forward) =>
        Build(frame, match, code, forward.Target, forward.Source);

    // The fallback target (even when the pattern's object named no actor), else the first actor (other than a
    // source) named after the predicate in the predicate's dependency subtree.
    // The target of a PETRARCH pattern: the slot's or fallback actors (bare agents left out), else one named inside a
    // "their" object of conjoined sources (else none: they act toward each other), else the wider target.
    private List<EventActor?> PetrarchTargets(PredicateFrame frame, List<EventActor?> sources, List<EventActor?> targets)
    {
        if (WithoutBareAgents(targets) is { Count: > 0 } kept)
            return kept;
        return WithoutBareAgents(ReciprocalPossessive(frame, sources) is >= 0 and var their ? SubtreeTarget(their, sources) : WiderTarget(frame, sources));
    }

    // An agentless passive ("The Philippines was criticized over its dispute with Eriador"): PETRARCH-2 reads the subject
    // as the target and the actor found after the verb as the source (ERI→PHL, as the 2_02 suite expects); PETRARCH-1,
    // reading left to right, keeps the subject as the source (PHL→ERI, as the older suite expects).
    private (List<EventActor?> Sources, List<EventActor?> Targets) PetrarchRoles(PredicateFrame frame, Pattern pattern, List<EventActor?> sources, List<EventActor?> targets) =>
        Linear?.Invoke(pattern) != true && IsAgentlessPassive(frame.Predicate) && frame.Subject >= 0 && targets.Count > 0 ? (targets, sources) : (sources, targets);

    // The same when the parse marks the subject as passive ("An Eriadorian was shot dead in Osgiliath": nsubj:pass, read
    // as the object): its actors are the target, the first other actor after the verb the source, unless that actor is
    // where the act goes ("was extradited to the United States"); null when either is missing.
    private (List<EventActor?> Sources, List<EventActor?> Targets)? PetrarchPassive(PredicateFrame frame)
    {
        if (frame.Subject >= 0 || !IsAgentlessPassive(frame.Predicate) || frame.TokenOf(frame.Frame.Object) is not (>= 0 and var patient) || patient > frame.Predicate)
            return null;
        var targets = PetrarchActors(patient);
        var (sources, at) = targets.Count == 0 ? ([], -1) : FirstActorAfter(frame.Predicate, targets);
        if (PathBelow(frame.Predicate, at).Any(p => CaseOf(p) is { } c && _rules.Grammar.Directions.Contains(c)))
            return null;
        sources = WithoutBareAgents(sources);
        return sources.Count == 0 ? null : (sources, targets);
    }

    // The tokens from the token up to the predicate's child whose subtree holds it (none when it is not below it).
    private List<int> PathBelow(int predicate, int token)
    {
        var path = new List<int>();
        for (var t = token; t >= 0 && _doc.Tokens[t].Head != t; t = _doc.Tokens[t].Head)
        {
            path.Add(t);
            if (_doc.Tokens[t].Head == predicate)
                return path;
        }
        return [];
    }

    private bool IsAgentlessPassive(int predicate)
    {
        var children = _index.Children(predicate).ToArray();
        var relations = children.Select(c => _doc.Strings[_doc.Tokens[c].DepRel]).ToList();
        return relations.Contains("aux:pass") && !relations.Contains("obl:agent") && !relations.Contains("obj") &&
            !children.Any(c => _doc.Strings[_doc.Tokens[c].DepRel].StartsWith("obl", StringComparison.Ordinal) && CaseOf(c) == "by") &&
            !children.Any(RaisedClause);
    }

    // "Arnor is said to be about to restore ties with Gondor": a subjectless to-clause of the passive is what its subject
    // does; the actors after the verb are that clause's, not the passive's agent.
    private bool RaisedClause(int c) =>
        _doc.Strings[_doc.Tokens[c].DepRel] is "xcomp" or "ccomp" && _index.Children(c).ToArray() is var kids
        && kids.Any(k => _doc.Strings[_doc.Tokens[k].DepRel] == "mark" && _doc.Strings[_doc.Tokens[k].Lemma] == "to")
        && !kids.Any(k => _doc.Strings[_doc.Tokens[k].DepRel].StartsWith("nsubj", StringComparison.Ordinal));

    // A fallback naming only bare agents ("on his first official visit") does not stop the search.
    private List<EventActor?> WiderTarget(PredicateFrame frame, List<EventActor?> sources) =>
        WithoutBareAgents(FallbackTarget(frame, sources)) is { Count: > 0 } found ? found : SubtreeTarget(frame, sources);

    private List<EventActor?> SubtreeTarget(PredicateFrame frame, List<EventActor?> sources) => SubtreeTarget(frame.Predicate, sources);

    private List<EventActor?> SubtreeTarget(int root, List<EventActor?> sources) => FirstActorAfter(root, sources).Actors;

    // The actors (other than those excluded) of the first phrase after the root, in the root's subtree, and its token.
    private (List<EventActor?> Actors, int Token) FirstActorAfter(int root, List<EventActor?> excluded)
    {
        var sourceKeys = excluded.OfType<EventActor>().Select(Key).ToHashSet();
        var sentence = SentenceOf(root);
        for (var t = root + 1; t < sentence.EndToken; t++)
        {
            if (!Dominates(root, t) || _actors.Covering(t) is null)
                continue;
            var actors = Actors(t).Where(a => a is not null && !sourceKeys.Contains(Key(a))).ToList();
            if (actors.Count > 0)
                return (actors, t);
        }
        return ([], -1);
    }

    // PETRARCH codes an agent only with an actor ("Arnor's president"): a bare agent ("a senior official"), not
    // resolved to anyone by coreference, is neither source nor target.
    // An actor right after a title of its own actor ("Bree President Romendacil": BRE after BREGOV) takes the title's
    // more specific code, as PETRARCH combines them.
    private List<EventActor?> WithoutBareAgents(List<EventActor?> actors) =>
        [.. actors.Where(a => a is null || !_mentions.Any(m => m.Start == a.Start && m.End == a.End && m.Kind == ActorEntryKind.Agent && m.Rule == "agent"))
            .Select(a => a is { Code: { } code } && TitleBefore(a) is { } title && title.StartsWith(code, StringComparison.Ordinal) && title.Length > code.Length ? a with { Code = title } : a)];

    private string? TitleBefore(EventActor actor) =>
        _mentions.FirstOrDefault(m => m.End <= actor.Start && m.Code is not null && string.IsNullOrWhiteSpace(_doc.Text[m.End..actor.Start]))?.Code;

    // The source of a PETRARCH pattern: the subject's actors, else those of another subject the parse gives the verb
    // ("Lions, tigers, and Gondor welcomed": two nsubj).
    private List<EventActor?> PetrarchSources(PredicateFrame frame)
    {
        var sources = PetrarchActors(frame.Subject);
        if (sources.Count > 0 || frame.Subject < 0)
            return sources;
        foreach (var c in _index.Children(frame.Predicate).ToArray())
            if (c != frame.Subject && _doc.Strings[_doc.Tokens[c].DepRel] == "nsubj" && PetrarchActors(c) is { Count: > 0 } other)
                return other;
        return [];
    }

    // As PETRARCH reads a noun phrase: bare agents whose phrase names actors after "of", "in" or "from", or as their
    // possessor, take their codes ("Lawmakers in Arnor and Gondor" → ARNLEG, GONLEG; "the ambassadors of Arnor" → ARNGOV;
    // "Ithilen and the government of Gondor" → ITH, GONGOV; "Ithilen's awful and evil minister" → ITHGOV).
    private List<EventActor?> PetrarchActors(int token)
    {
        var actors = Actors(token);
        var bare = actors.OfType<EventActor>().Where(IsBareAgent).ToList();
        if (bare.Count == 0)
            return WithoutBareAgents(actors);
        if (bare.Count == actors.Count && Owners(token) is { Count: > 0 } owners)
            return [.. owners.SelectMany(o => bare.Select(a => (EventActor?)Combined(o, a))).DistinctBy(a => a!.Code)];
        var result = new List<EventActor?>();
        foreach (var a in actors)
        {
            if (a is null || !bare.Contains(a))
                result.Add(a);
            else if (_mentions.FirstOrDefault(m => m.Start == a.Start && m.End == a.End) is { } m)
                result.AddRange(Owners(m.EndToken - 1) is { Count: > 0 } own ? own.Select(o => (EventActor?)Combined(o, a)) : SharedOwner(actors, a));
        }
        return WithoutBareAgents([.. result.DistinctBy(a => a?.Code)]);
    }

    // "Danish media and government": a bare agent conjoined to an actor + agent phrase shares its actor (DNKGOV).
    private IEnumerable<EventActor?> SharedOwner(List<EventActor?> actors, EventActor agent)
    {
        foreach (var other in actors.OfType<EventActor>())
        {
            if (_mentions.FirstOrDefault(m => m.Start == other.Start && m.End == other.End && m.Rule.EndsWith("+agent", StringComparison.Ordinal)) is not { } m)
                continue;
            var first = _doc.Tokens[m.FirstToken];
            var owner = _dictionary?.Lookup(_doc.Text.Substring(first.Start, first.Length))
                .FirstOrDefault(e => e.Kind != ActorEntryKind.Agent && e.Code is { Length: > 0 } c && other.Code!.StartsWith(c, StringComparison.Ordinal));
            if (owner is not null)
                return [Combined(other with { Code = SharedPart(other.Code!, owner.Code!, m) }, agent)];
        }
        return [];
    }

    // What the conjoined agent shares: the phrase's code without its head agent's ("Danish Islamist media" DNKMUSMED
    // → DNKMUS), at least the owner's.
    private string SharedPart(string code, string owner, ActorMention m)
    {
        var last = _doc.Tokens[m.EndToken - 1];
        var head = _dictionary?.Lookup(_doc.Text.Substring(last.Start, last.Length)).FirstOrDefault(e => e.Kind == ActorEntryKind.Agent)?.Code;
        return head is { Length: > 0 } && code.EndsWith(head, StringComparison.Ordinal) && code.Length - head.Length > owner.Length ? code[..^head.Length] : owner;
    }

    private List<EventActor> Owners(int token)
    {
        var heads = _index.Children(token).ToArray().Where(c => _doc.Strings[_doc.Tokens[c].DepRel] == "conj").Prepend(token);
        var owners = new List<EventActor>();
        foreach (var head in heads)
            foreach (var c in _index.Children(head).ToArray())
                if (_doc.Strings[_doc.Tokens[c].DepRel] is "nmod:poss" || IsOwnerPhrase(c))
                    owners.AddRange(NamedActors(c));
        return owners;
    }

    // A noun's phrase that names its owner ("the parliament of Gondor", "lawmakers in Arnor"): grammar kind 'owner'.
    private bool IsOwnerPhrase(int c) =>
        _doc.Strings[_doc.Tokens[c].DepRel] is "nmod" or "nmod:in" or "nmod:of" or "nmod:from" && CaseOf(c) is { } p && _rules.Grammar.Owners.Contains(p);

    // The actors (not bare agents) with a code found at the token.
    private IEnumerable<EventActor> NamedActors(int token) =>
        _actors.Find(token).Where(m => m.Kind != ActorEntryKind.Agent && m.Code is not null).Select(m => ToActor(m, ""));

    private string? CaseOf(int t)
    {
        foreach (var c in _index.Children(t))
            if (_doc.Strings[_doc.Tokens[c].DepRel] == "case")
                return _doc.Text.Substring(_doc.Tokens[c].Start, _doc.Tokens[c].Length).ToLowerInvariant();
        return null;
    }

    private static EventActor Combined(EventActor owner, EventActor agent) =>
        owner with { Code = owner.Code!.EndsWith(agent.Code!, StringComparison.Ordinal) ? owner.Code : owner.Code + agent.Code, Sector = agent.Sector, Via = owner.Via + "+agent-of" };

    private bool IsBareAgent(EventActor a) => a.Code is not null &&
        _mentions.Any(m => m.Start == a.Start && m.End == a.End && m.Kind == ActorEntryKind.Agent && m.Rule == "agent");

    // Conjoined sources acting on "their" object ("Gondor and Osgiliath have postponed their meeting") act toward
    // each other, as PETRARCH codes them, unless the object phrase itself names a target ("their resumption of ties
    // with Osgiliath"): the object's token, else -1.
    private int ReciprocalPossessive(PredicateFrame frame, List<EventActor?> sources)
    {
        if (sources.Count < 2 || frame.TokenOf(frame.Frame.Object) is not (>= 0 and var obj))
            return -1;
        return _index.Children(obj).ToArray().Any(c => _doc.Strings[_doc.Tokens[c].DepRel] == "nmod:poss" &&
            _doc.Text.AsSpan(_doc.Tokens[c].Start, _doc.Tokens[c].Length).Equals("their", StringComparison.OrdinalIgnoreCase)) ? obj : -1;
    }

    private bool Dominates(int ancestor, int token)
    {
        for (var t = token; t >= 0; t = _doc.Tokens[t].Head)
        {
            if (t == ancestor)
                return true;
            if (_doc.Tokens[t].Head == t)
                return false;
        }
        return false;
    }

    // "(AT ^ ^) +" on "at Osgiliath with the parliament of Gondor": the second skip passes over the bare agent heading the
    // target phrase; the actors of its of/in/from phrase, as they are, are the target (GON).
    private List<EventActor?> SkippedAgentOwners(PatternMatch match, int slot)
    {
        if (slot < 0 || !match.Pattern.Constraints.Any(c => c.IsTarget && c.SkipsAgent))
            return [];
        var actors = Actors(slot);
        if (actors.Count == 0 || !actors.All(a => a is not null && IsBareAgent(a)))
            return [];
        // The next actor phrase only ("of Gondor", not a later "in Eriador" the parse also hangs on the agent).
        foreach (var c in _index.Children(slot).ToArray())
            if (IsOwnerPhrase(c) && NamedActors(c).ToList<EventActor?>() is { Count: > 0 } found)
                return found;
        return [];
    }
}
