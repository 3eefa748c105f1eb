using Parley.Actors;
using Parley.Patterns;

namespace Parley.Events;

// PETRARCH's agents: a bare agent ("the parliament", "lawmakers") takes the code of the actor that owns it.
internal sealed partial class CodingContext
{
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
            foreach (var c in _index.Children(head))
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
                return Word(c).ToLowerInvariant();
        return null;
    }

    private static EventActor Combined(EventActor owner, EventActor agent) =>
        owner with { Code = owner.Code!.EndsWith(agent.Code!, StringComparison.Ordinal) ? owner.Code : owner.Code + agent.Code, Sector = agent.Sector, Via = owner.Via + "+agent-of" };

    private bool IsBareAgent(EventActor a) => a.Code is not null &&
        _mentions.Any(m => m.Start == a.Start && m.End == a.End && m.Kind == ActorEntryKind.Agent && m.Rule == "agent");

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
        foreach (var c in _index.Children(slot))
            if (IsOwnerPhrase(c) && NamedActors(c).ToList<EventActor?>() is { Count: > 0 } found)
                return found;
        return [];
    }
}
