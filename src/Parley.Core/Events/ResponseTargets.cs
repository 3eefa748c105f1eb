using System.Collections.Frozen;
using Parley.Documents;

namespace Parley.Events;

/// <summary>
/// A response names whom it answers only by context: after "Trump faced an escalating threat from North Korea",
/// "Trump responded with threats of military action" threatens North Korea. An event governed by a verb of
/// responding (data/coding/grammar.txt, <c>respond</c>) that has a source but no target takes as its target the
/// source of the latest earlier event, in its sentence or the two before, whose target was this source.
/// </summary>
internal static class ResponseTargets
{
    private const int Window = 2;

    /// <summary>The events, in document order, with the targets of responses filled in.</summary>
    public static List<CodedEvent> Apply(Document doc, List<CodedEvent> events, FrozenSet<string> verbs)
    {
        if (verbs.Count == 0)
            return events;
        var result = new List<CodedEvent>(events.Count);
        foreach (var e in events)
        {
            var answered = e.Target is null && e.Source?.Code is { } code && IsResponse(doc, e.PredicateStart, verbs)
                ? Answered(result, e.Sentence, code) : null;
            result.Add(answered is null ? e : Retarget(doc, e, answered));
        }
        return result;
    }

    private static CodedEvent Retarget(Document doc, CodedEvent e, EventActor target) => e with
    {
        Target = target with { Via = target.Via + "+response" },
        Id = EventIds.Make(doc.Metadata.Id, e.Sentence, e.PredicateStart, e.Source?.Code ?? e.Source?.Text, target.Code, e.Cameo),
    };

    // The source of the latest earlier event against `code`.
    private static EventActor? Answered(List<CodedEvent> earlier, int sentence, string code)
    {
        for (var i = earlier.Count - 1; i >= 0 && sentence - earlier[i].Sentence <= Window; i--)
            if (earlier[i].Target?.Code == code && earlier[i].Source is { Code: { } by } source && by != code)
                return source;
        return null;
    }

    // The predicate's lemma, or its head's ("threats" under "responded with").
    private static bool IsResponse(Document doc, int predicateStart, FrozenSet<string> verbs)
    {
        var t = TokenAt(doc, predicateStart);
        if (t < 0)
            return false;
        var tokens = doc.Tokens;
        return verbs.Contains(doc.Strings[tokens[t].Lemma]) || (tokens[t].Head >= 0 && verbs.Contains(doc.Strings[tokens[tokens[t].Head].Lemma]));
    }

    private static int TokenAt(Document doc, int offset)
    {
        var tokens = doc.Tokens;
        var (lo, hi) = (0, tokens.Length - 1);
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start == offset)
                return mid;
            if (tokens[mid].Start < offset)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        return -1;
    }
}
