using Parley.Actors;
using Parley.Dates;
using Parley.Documents;
using Parley.Frames;
using Parley.Ontology;
using Parley.Patterns;
using Parley.Pipeline;

namespace Parley.Events;

/// <summary>
/// The event coder: matches each predicate frame against the pattern dictionary and, when a pattern fires and a
/// source actor is found, makes events with CAMEO and PLOVER codes, date, place, quotation and evidence spans.
/// Rules (see docs/architecture.md, "Coding rules"): negated frames code only through <c>neg</c> patterns; a
/// compound source or target is expanded into one event per pair (conjoined sources of a reciprocal act with no
/// target code each toward the others: <see cref="ReciprocalCodes"/>); an announced act of material conflict is
/// coded as the threat it implies (<see cref="IntendedCodes"/>); identical (source, target, code) events
/// of a sentence are kept once; reported speech codes the reported act (with <see cref="CodedEvent.ReportedBy"/>),
/// and the plain statement (CAMEO 01) of the speech verb is dropped when its complement yielded an event; a noun
/// predicate that is the object of a coded verb frame ("imposed sanctions") is not coded again. Immutable and
/// thread-safe.
/// </summary>
public sealed partial class EventCoder(PatternDictionary patterns, CameoCatalog cameo, PloverCatalog plover, DateResolver dates, CodingRules rules, ActorDictionary? actors = null, EventCoderOptions? options = null) : IPipelineStage
{
    private readonly EventCoderOptions _options = options ?? new EventCoderOptions();

    /// <inheritdoc />
    public string Name => "events";

    /// <inheritdoc />
    public Annotations Requires => Annotations.Frames | Annotations.Actors;

    /// <inheritdoc />
    public Annotations Assigns => Annotations.Events;

    /// <inheritdoc />
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var frames = document.GetLayer<PredicateFrames>()?.Items ?? [];
        var mentions = document.GetLayer<ActorMentions>()?.Items ?? [];
        var context = new CodingContext(document, mentions, dates, cameo, plover, rules, actors) { WideTarget = _options.Petrarch.Owns, Linear = _options.Petrarch.IsLinear };
        var consumed = new HashSet<int>();
        var discarded = DiscardedSentences(document);
        // Verbs are decided before nouns, so that a noun a verb codes is consumed also where it stands before the verb
        // (the patient of a passive: "Protesters were dispersed by riot police"); the decisions keep token order.
        var decided = new CodingDecision[frames.Count];
        foreach (var nouns in (bool[])[false, true])
            for (var i = 0; i < frames.Count; i++)
                if (frames[i].Frame.IsNoun == nouns)
                    decided[i] = discarded.TryGetValue(frames[i].Sentence, out var why) ? new(frames[i], null, why, [])
                        : InName(document, frames[i]) ? new(frames[i], null, "a capitalised word inside the sentence: part of a name, not an act", [])
                        : Decide(frames[i], context, consumed);
        var decisions = decided.ToList();
        var events = ResponseTargets.Apply(document, WithoutPetrarchStatements(Finish(decisions = WithTruceSides(document, WithTolls(document, WithoutAdverbialActs(document, decisions))), frames)), rules.Grammar.ResponseVerbs);
        document.SetLayer(new CodedEvents(events));
        if (_options.Trace)
            document.SetLayer(new CodingTrace(decisions));
    }

    private CodingDecision Decide(PredicateFrame frame, CodingContext context, HashSet<int> consumed)
    {
        if (frame.Frame.IsNoun && consumed.Contains(frame.Predicate))
            return new(frame, null, "noun already coded as the object of a verb", []);
        // The explaining match lists every rejected candidate; coding without a trace takes the fast path.
        var match = _options.Trace ? patterns.Match(frame.Frame) : null;
        var best = match is null ? patterns.FindBest(frame.Frame) : match.Best;
        if (best is null)
            return new(frame, match, frame.Modality == Modality.Negated ? "negated, and no negative pattern" : "no pattern", []);
        if (Uncodable(best) is { } reason)
        {
            Consume(frame, consumed);
            return new(frame, match, reason, []);
        }
        // "… if Paris freed one of its citizens": a condition is no act (PETRARCH patterns code it, as PETRARCH does).
        if (frame.Modality == Modality.Conditional && !_options.Petrarch.Owns(best.Pattern))
            return new(frame, match, "conditional: a condition is no act", []);
        if (ControlledActWins(frame.Frame, best))
            return new(frame, match, "PETRARCH-2: the controlled verb's pattern codes the verb phrase, not the governing verb", []);
        if (context.Alleged(frame))
            return new(frame, match, "alleged: the clause of an accusation or a claim, or an alleged act", []);
        var events = context.Make(frame, best, _options.KeepSourceless);
        if (events.Count == 0)
            return new(frame, match, "no source actor", []);
        Consume(frame, consumed);
        return new(frame, match, "coded", WithReverse(frame, best, context, events));
    }

    private static void Consume(PredicateFrame frame, HashSet<int> consumed)
    {
        if (frame.Frame.Object is { } obj)
            consumed.Add(frame.TokenOf(obj));
        // Down the chain of controlled verbs ("agreed to try to send aid"): the act is the governing verb's.
        for (var x = frame.Frame.Xcomp; x is not null; x = x.Xcomp)
            if (x.Object is { } xobj)
                consumed.Add(frame.TokenOf(xobj));
    }

    // Drops plain statements whose complement was coded, removes duplicates, and orders by predicate.
    private static List<CodedEvent> Finish(List<CodingDecision> decisions, IReadOnlyList<PredicateFrame> frames)
    {
        var reported = decisions.Where(d => d.Events.Count > 0 && d.Frame.SpeechVerb >= 0).Select(d => d.Frame.SpeechVerb).ToHashSet();
        // A bare warning whose own announced act was coded ("warned that it would cut military aid": 1311) is that threat.
        var announced = decisions.Where(d => d.Frame.SpeechVerb >= 0).SelectMany(d => d.Events.Where(e => e.CameoRoot == "13")
            .Select(e => (d.Frame.SpeechVerb, e.Source?.Code))).ToHashSet();
        var seen = new HashSet<(int, string?, string?, string)>();
        var result = new List<CodedEvent>();
        foreach (var d in decisions)
        {
            foreach (var e in d.Events)
            {
                if (e.CameoRoot == "01" && reported.Contains(d.Frame.Predicate))
                    continue;
                if (e.Cameo == "130" && announced.Contains((d.Frame.Predicate, e.Source?.Code)))
                    continue;
                if (seen.Add((e.Sentence, e.Source?.Code ?? e.Source?.Text, e.Target?.Code ?? e.Target?.Text, e.Cameo)))
                    result.Add(e);
            }
        }
        // Coarser compares events of one sentence only: grouped once, so a long document costs no quadratic scan.
        var bySentence = result.GroupBy(e => e.Sentence).ToDictionary(g => g.Key, g => g.ToList());
        return [.. result.Where(e => !Coarser(e, bySentence[e.Sentence])).OrderBy(e => e.PredicateStart).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    // The same act toward a country and toward a part of it in one sentence ("attacked a church in Burkina Faso,
    // killing fifteen worshippers": BFA and BFACVL): the country alone says less and goes.
    // The same act, or a finer or coarser code of it (a root's own code is coarser than the whole root), by the same source with and without a target ("expelled the
    // French ambassador and ordered him to leave", "raided the offices of the newspaper (171) and confiscated
    // computers (1711)"): the one without says less and goes too.
    // (Events kept are distinct by sentence, source, target and code, so another event is another object.)
    private static bool Coarser(CodedEvent e, List<CodedEvent> sentence) => sentence.Any(o => !ReferenceEquals(o, e) && o.Sentence == e.Sentence
        && o.Source?.Code == e.Source?.Code && o.Target?.Code is { } code
        && ((e.Target is null && (o.Cameo.StartsWith(Family(e.Cameo), StringComparison.Ordinal) || e.Cameo.StartsWith(Family(o.Cameo), StringComparison.Ordinal)))
            || (o.Cameo == e.Cameo && e.Target is { Code: { Length: 3 } country, Sector: null } && e.Target.Country == country
                && code.Length > 3 && code.StartsWith(country, StringComparison.Ordinal))));

    // The codes a code stands over: a root's own code ("080", yield) stands over the whole root ("082", "0831").
    private static string Family(string cameo) => cameo.Length == 3 && cameo[2] == '0' ? cameo[..2] : cameo;
}
