using Parley.Frames;
using Parley.Patterns;

namespace Parley.Events;

/// <summary>The coder's fallback target: where to look when the pattern's target slot names no actor.</summary>
internal sealed partial class CodingContext
{
    // When the pattern's target slot names no actor (or there is none): the first argument that names an actor
    // other than the source — the predicate's object or prepositional target ("sent air-defence systems to
    // Ukraine", "asked Turkey to …"), then the controlled verb's ("agreed to provide guarantees to North Korea").
    private List<EventActor?> FallbackTarget(PredicateFrame frame, List<EventActor?> sources) => FallbackTarget(frame, sources, null, false, false);

    private List<EventActor?> FallbackTarget(PredicateFrame frame, List<EventActor?> sources, string? home, bool ownForces, bool reciprocal)
    {
        var f = frame.Frame;
        // The addressee of "asked Turkey to extradite the former governor" comes before the controlled act's object.
        var candidates = new List<FrameArgument?> { ownForces ? null : f.Object };
        candidates.AddRange(TargetArguments(f));
        // Down the chain of controlled verbs ("agreed to try to send aid to Kyiv").
        for (var x = f.Xcomp; x is not null; x = x.Xcomp)
        {
            candidates.Add(SendsForces(frame, x, ownForces) ? null : x.Object);
            candidates.AddRange(TargetArguments(x));
        }
        var tokens = candidates.Select(frame.TokenOf).Where(t => t >= 0).ToList();
        // Then the party a thing belongs to: the agent of a participle on it ("a suspect wanted by Belgium", "the
        // plan put forward by Beijing") and the nationality of its "of" phrase ("disapproval of the Turkish decision").
        var things = new[] { ownForces ? null : f.Object }.Concat(Chain(f).Select(x => SendsForces(frame, x, ownForces) ? null : x.Object)).Select(frame.TokenOf).Where(t => t >= 0).ToList();
        tokens.AddRange(things.SelectMany(ParticipleAgents));
        tokens.AddRange(things.SelectMany(OfPhrases));
        // Then the one a reported clause says will undergo something ("warned that Manila would face consequences").
        tokens.AddRange(UndergoingSubjects(frame.Predicate));
        // Then a target phrase one level down ("a round of sanctions on the regime"); conjoined sources of a
        // reciprocal act are not targeted by the topic of their act ("Australia and Japan exchanged information on
        // Chinese naval activity").
        if (!(reciprocal && sources.Count > 1))
            tokens.AddRange(frame.Arguments.Values.Order().SelectMany(NestedTargets));
        var sourceKeys = sources.OfType<EventActor>().Select(Key).ToHashSet();
        var sourceCountries = sources.OfType<EventActor>().Select(a => a.Country).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            // The source's own country named bare (a capital: "speaking in Nairobi") is where it acts, not whom it addresses.
            var actors = Actors(token, sourceCountries.Count > 0 ? sourceCountries : null, home)
                .Where(a => a is not null && !sourceKeys.Contains(Key(a)) && !(a.Sector is null && a.Code == a.Country && sourceCountries.Contains(a.Country!))).ToList();
            if (actors.Count > 0)
                return actors;
        }
        return [];
    }

    // "Kenya offered to send police officers to Haiti": with no object of its own, the first controlled verb of an
    // own-forces act moves the forces (its object is no target); "pledged to protect civilians" keeps the protected.
    private bool SendsForces(PredicateFrame frame, Frame x, bool ownForces) =>
        ownForces && frame.Frame.Object is null && ReferenceEquals(x, frame.Frame.Xcomp) && _actors.Find(frame.TokenOf(x.Object)) is { Count: > 0 } found
        && found.All(m => m.Kind == Parley.Actors.ActorEntryKind.Agent && m.Sector is { } sector && _rules.Context.IsForces(sector));

    private static IEnumerable<Frame> Chain(Frame f)
    {
        for (var x = f.Xcomp; x is not null; x = x.Xcomp)
            yield return x;
    }

    // The agent of a participle modifying a thing: "a suspect wanted by Belgium", "ships linked to Israel".
    private IEnumerable<int> ParticipleAgents(int thing)
    {
        foreach (var acl in _index.Children(thing).ToArray())
            if (Rel(acl) == "acl")
                foreach (var c in _index.Children(acl).ToArray())
                    if (Rel(c) == "obl:agent" || (Rel(c) == "obl" && CaseOf(c) == "by"))
                        yield return c;
    }

    // The subject of the predicate's complement clause whose verb is one of undergoing: "warned that Manila would face
    // consequences".
    private IEnumerable<int> UndergoingSubjects(int predicate)
    {
        foreach (var c in _index.Children(predicate).ToArray())
            if (Rel(c) == "ccomp" && _rules.Grammar.UndergoVerbs.Contains(Lemma(c)))
                foreach (var s in _index.Children(c).ToArray())
                    if (Rel(s) == "nsubj")
                        yield return s;
    }

    // The "of" phrases of a thing: "disapproval of the Turkish decision".
    private IEnumerable<int> OfPhrases(int thing)
    {
        foreach (var c in _index.Children(thing).ToArray())
            if (Rel(c) == "nmod" && CaseOf(c) == "of")
                yield return c;
    }

    private string Rel(int t) => _doc.Strings[_doc.Tokens[t].DepRel];

    // The nominal modifiers of an argument introduced by a target preposition.
    private IEnumerable<int> NestedTargets(int argument)
    {
        foreach (var c in _index.Children(argument).ToArray())
            if (_doc.Strings[_doc.Tokens[c].DepRel] == "nmod" && _index.AnyChild(c, k =>
                    _doc.Strings[_doc.Tokens[k].DepRel] == "case" && _rules.Grammar.TargetPrepositions.Contains(Word(k).ToLowerInvariant())))
                yield return c;
    }

    // The frame's arguments under a target preposition, most likely first; not the matter of "help with North Korea".
    private IEnumerable<FrameArgument> TargetArguments(Frame frame)
    {
        var order = _rules.Grammar.TargetPrepositions;
        var matter = _rules.Grammar.MatterVerbs.Contains(frame.Predicate);
        return frame.Prepositions.Where(p => order.Contains(p.Preposition) && !(matter && p.Preposition == "with"))
            .OrderBy(p => order.IndexOf(p.Preposition)).Select(p => p.Argument);
    }
}
