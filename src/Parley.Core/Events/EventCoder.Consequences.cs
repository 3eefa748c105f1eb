using Parley.Documents;

namespace Parley.Events;

/// <summary>
/// The toll of an attack: a bare participle adverbial of a violent act ("struck a convoy, killing three soldiers",
/// "shelled the town, wounding dozens") tells what the attack did, not a second attack. Its events go, and its
/// victims become the attack's target when the attack named none, or only their country. Violent repression
/// ("opened fire on demonstrators, killing six": CAMEO 175) is such an attack too, and so is an attack noun that is the
/// subject of the killing ("Israeli air strikes on Rafah killed 30 people"). A riot's damage ("rioted
/// for a third night, burning dozens of cars") is the riot itself: its events go, and the riot keeps its target.
/// </summary>
public sealed partial class EventCoder
{
    private List<CodingDecision> WithTolls(Document document, List<CodingDecision> decisions)
    {
        var result = new List<CodingDecision>(decisions);
        for (var i = 0; i < result.Count; i++)
        {
            var toll = result[i];
            if ((Violent(toll) || Damage(toll)) && !IsPetrarch(toll) && AttackSubject(result, toll) is var noun and >= 0)
            {
                AddVictims(result, noun, i);
                continue;
            }
            if (!(Violent(toll) || Damage(toll)) || IsPetrarch(toll) || TollHead(document, toll.Frame) is not (var head and >= 0))
                continue;
            var attack = result.FindIndex(d => d.Frame.Predicate == head && (Violent(d) || Repression(d)) && !IsPetrarch(d));
            if (attack < 0)
            {
                if (result.Exists(d => d.Frame.Predicate == head && Riot(d) && !IsPetrarch(d)))
                    result[i] = toll with { Outcome = "the damage of the riot it modifies, not an act of its own", Events = [] };
                continue;
            }
            AddVictims(result, attack, i);
        }
        return result;
    }

    // The toll's victims go to the attack; the toll's own events go.
    private static void AddVictims(List<CodingDecision> result, int attack, int i)
    {
        var toll = result[i];
        var victims = toll.Events.Select(e => e.Target).OfType<EventActor>().DistinctBy(t => t.Code ?? t.Text).ToList();
        result[attack] = result[attack] with { Events = [.. result[attack].Events.SelectMany(e => WithVictims(e, victims))] };
        result[i] = toll with { Outcome = "the toll of the attack it modifies, not an attack of its own", Events = [] };
    }

    // "Israeli air strikes on Rafah killed 30 people": a violent verb whose subject is a coded attack noun tells that
    // attack's toll; the attack's decision, else -1.
    private int AttackSubject(List<CodingDecision> decisions, CodingDecision toll) =>
        toll.Frame.Subject < 0 ? -1 : decisions.FindIndex(d => d.Frame.Frame.IsNoun && d.Frame.Predicate == toll.Frame.Subject
            && d.Events.Count > 0 && d.Events.All(e => rules.Context.IsConsequence("attack", e.Cameo)) && !IsPetrarch(d));

    // An assault, a fight or mass violence (context.txt consequence attack: CAMEO 18, 19, 20).
    private bool Violent(CodingDecision d) => VerbCodedAll(d, "attack");

    // Violent repression (consequence repression: CAMEO 175, "opened fire on protesters").
    private bool Repression(CodingDecision d) => VerbCodedAll(d, "repression");

    // Seizing or damaging property (consequence damage: CAMEO 171 and its subcodes, "…, burning dozens of cars").
    private bool Damage(CodingDecision d) => VerbCodedAll(d, "damage");

    // A violent protest (consequence riot: CAMEO 145 and its subcodes), whose burning and looting are part of it.
    private bool Riot(CodingDecision d) => VerbCodedAll(d, "riot");

    // A verb's decision with events, every one of which plays the role.
    private bool VerbCodedAll(CodingDecision d, string role) =>
        !d.Frame.Frame.IsNoun && d.Events.Count > 0 && d.Events.All(e => rules.Context.IsConsequence(role, e.Cameo));

    // The attack's target, replaced by the victims when it is missing or only the victims' country.
    private static IEnumerable<CodedEvent> WithVictims(CodedEvent e, List<EventActor> victims)
    {
        var open = e.Target is null || (e.Target is { Sector: null, Code: { Length: 3 } country } && victims.All(v => v.Country == country));
        if (!open || victims.Count == 0)
            return [e];
        return victims.Select(v => Retargeted(e, v));
    }

    // The event toward another target: its id and its target evidence span follow the new target.
    private static CodedEvent Retargeted(CodedEvent e, EventActor target) => e with
    {
        Target = target,
        Id = EventIds.Make(e.DocId, e.Sentence, e.PredicateStart, e.Source?.Code ?? e.Source?.Text, target.Code ?? target.Text, e.Cameo),
        Spans = [.. e.Spans.Where(s => s.Role == "source"), .. target.Start >= 0 ? [new EvidenceSpan("target", target.Start, target.End)] : Array.Empty<EvidenceSpan>(),
            .. e.Spans.Where(s => s.Role is not "source" and not "target")],
    };

    // The verb a bare participle adverbial (no subject, no marker: "…, killing three soldiers") modifies, else -1.
    private static int TollHead(Document document, Frames.PredicateFrame frame)
    {
        var predicate = frame.Predicate;
        var token = document.Tokens[predicate];
        if (document.Strings[token.DepRel] != "advcl" || token.Head < 0 || token.Head == predicate
            || document.Tokens[token.Head].Upos != Upos.VERB)
            return -1;
        var sentence = document.Sentence(frame.Sentence).Tokens;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            if (document.Tokens[t].Head == predicate && t != predicate && document.Strings[document.Tokens[t].DepRel] is var rel
                && (rel.StartsWith("nsubj", StringComparison.Ordinal) || rel == "mark"))
                return -1;
        return token.Head;
    }
}
