using Parley.Documents;

namespace Parley.Events;

/// <summary>
/// The other side of a broken ceasefire: "Azerbaijani troops broke the ceasefire and attacked Armenian positions" names
/// who the truce was with only through the attack conjoined with its breach. A ceasefire violation (CAMEO 196) without a
/// target takes the target of a violent act (CAMEO 18–20) by the same source on a verb conjoined with it.
/// </summary>
public sealed partial class EventCoder
{
    private const string CeasefireViolation = "196";

    private List<CodingDecision> WithTruceSides(Document document, List<CodingDecision> decisions)
    {
        var result = new List<CodingDecision>(decisions);
        for (var i = 0; i < result.Count; i++)
        {
            var breach = result[i];
            if (breach.Events.Count == 0 || !breach.Events.Any(e => e.Cameo == CeasefireViolation && e.Target is null))
                continue;
            var attack = result.Find(d => d != breach && Conjoined(document, d.Frame.Predicate, breach.Frame.Predicate) && Violent(d) && !IsPetrarch(d));
            if (attack is null)
                continue;
            result[i] = breach with { Events = [.. breach.Events.SelectMany(e => WithSide(e, attack))] };
        }
        return result;
    }

    // The breach toward each target the attack by the same source has.
    private static IEnumerable<CodedEvent> WithSide(CodedEvent e, CodingDecision attack)
    {
        var sides = attack.Events.Where(a => a.Target is not null && a.Source?.Code == e.Source?.Code).Select(a => a.Target!).DistinctBy(t => t.Code ?? t.Text).ToList();
        if (e.Cameo != CeasefireViolation || e.Target is not null || sides.Count == 0)
            return [e];
        return sides.Select(t => Retargeted(e, t));
    }

    // Two verbs of one coordination: one the conjunct of the other.
    private static bool Conjoined(Document document, int a, int b) =>
        (document.Tokens[a].Head == b && document.Strings[document.Tokens[a].DepRel] == "conj")
        || (document.Tokens[b].Head == a && document.Strings[document.Tokens[b].DepRel] == "conj");
}
