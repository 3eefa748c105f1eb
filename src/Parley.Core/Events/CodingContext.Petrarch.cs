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

    /// <summary>The event of a paired code from <paramref name="forward"/>'s target back to its source.</summary>
    public CodedEvent Reverse(PredicateFrame frame, PatternMatch match, CameoCode code, CodedEvent forward) =>
        Build(frame, match, code, forward.Target, forward.Source);

    // The fallback target (even when the pattern's object named no actor), else the first actor (other than a
    // source) named after the predicate in the predicate's dependency subtree.
    private List<EventActor?> WiderTarget(PredicateFrame frame, List<EventActor?> sources) =>
        FallbackTarget(frame, sources) is { Count: > 0 } found ? found : SubtreeTarget(frame, sources);

    private List<EventActor?> SubtreeTarget(PredicateFrame frame, List<EventActor?> sources)
    {
        var sourceKeys = sources.OfType<EventActor>().Select(Key).ToHashSet();
        var sentence = _doc.Sentences[frame.Sentence];
        for (var t = frame.Predicate + 1; t < sentence.EndToken; t++)
        {
            if (!Dominates(frame.Predicate, t) || _actors.Covering(t) is null)
                continue;
            var actors = Actors(t).Where(a => a is not null && !sourceKeys.Contains(Key(a))).ToList();
            if (actors.Count > 0)
                return actors;
        }
        return [];
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

    // Conjoined sources acting on "their" object ("Gondor and Osgiliath have postponed their meeting") act toward
    // each other, as PETRARCH codes them: no other target is looked for.
    private bool ReciprocalPossessive(PredicateFrame frame, List<EventActor?> sources)
    {
        if (sources.Count < 2 || frame.TokenOf(frame.Frame.Object) is not (>= 0 and var obj))
            return false;
        return _index.Children(obj).ToArray().Any(c => _doc.Strings[_doc.Tokens[c].DepRel] == "nmod:poss" &&
            _doc.Text.AsSpan(_doc.Tokens[c].Start, _doc.Tokens[c].Length).Equals("their", StringComparison.OrdinalIgnoreCase));
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
