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

    // The first actor (other than a source) named after the predicate in its dependency subtree; a fallback naming
    // only bare agents ("on his first official visit") does not stop the search.
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
        foreach (var c in _index.Children(frame.Predicate))
            if (c != frame.Subject && _doc.Strings[_doc.Tokens[c].DepRel] == "nsubj" && PetrarchActors(c) is { Count: > 0 } other)
                return other;
        return [];
    }


    // Conjoined sources acting on "their" object ("Gondor and Osgiliath have postponed their meeting") act toward
    // each other, as PETRARCH codes them, unless the object phrase itself names a target ("their resumption of ties
    // with Osgiliath"): the object's token, else -1.
    private int ReciprocalPossessive(PredicateFrame frame, List<EventActor?> sources)
    {
        if (sources.Count < 2 || frame.TokenOf(frame.Frame.Object) is not (>= 0 and var obj))
            return -1;
        return _index.AnyChild(obj, c => _doc.Strings[_doc.Tokens[c].DepRel] == "nmod:poss" &&
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
}
