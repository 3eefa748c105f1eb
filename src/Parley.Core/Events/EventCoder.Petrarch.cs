using Parley.Documents;
using Parley.Frames;
using Parley.Patterns;
using Parley.Petrarch;

namespace Parley.Events;

public sealed partial class EventCoder
{
    // Sentences not coded because of a PETRARCH discard phrase: all of them for a story discard, with the reason.
    private Dictionary<int, string> DiscardedSentences(Document document)
    {
        var result = new Dictionary<int, string>();
        var discards = _options.Petrarch.Discards;
        if (discards.Entries.IsEmpty)
            return result;
        var story = discards.Match(document.Text) is { Story: true } s ? s : null;
        for (var i = 0; i < document.SentenceCount; i++)
        {
            var hit = story ?? discards.Match(document.Sentence(i).Text);
            if (hit is not null)
                result[i] = $"discarded: {(hit.Story ? "story" : "sentence")} phrase '{hit.Phrase}' ({Path.GetFileName(hit.File)}:{hit.Line})";
        }
        return result;
    }

    // A statement (CAMEO 01…) coded by a PETRARCH pattern gives way to another event of its sentence, as the
    // reported act is what PETRARCH codes ("X will restore ties with Y, an official said": only X→Y).
    private List<CodedEvent> WithoutPetrarchStatements(List<CodedEvent> events)
    {
        if (_options.Petrarch.PatternIds.Count == 0)
            return events;
        var withActs = events.Where(e => e.CameoRoot != "01").Select(e => e.Sentence).ToHashSet();
        return [.. events.Where(e => e.CameoRoot != "01" || !withActs.Contains(e.Sentence) || !_options.Petrarch.PatternIds.Contains(e.Rule))];
    }

    // A PETRARCH null code consumes the frame without an event; a code outside the CAMEO table cannot be coded.
    private string? Uncodable(PatternMatch best)
    {
        if (best.Pattern.Cameo == PetrarchVerbs.NullCode)
            return "null code ---: the frame is consumed, nothing coded";
        return cameo.Contains(best.Pattern.Cameo) ? null : $"event code '{best.Pattern.Cameo}' is not in the CAMEO table: not coded";
    }

    // A paired PETRARCH code ([042:043]) adds, for each event with a target, the event from the target back to the source.
    private List<CodedEvent> WithReverse(PredicateFrame frame, PatternMatch best, CodingContext context, List<CodedEvent> events)
    {
        if (_options.Petrarch.ReverseCodes.GetValueOrDefault(best.Pattern.Id) is not { } reverse || cameo.Find(reverse) is not { } code)
            return events;
        var reversed = best with { Pattern = best.Pattern with { Cameo = reverse } };
        // Members of a conjoined subject already act toward each other ("X and Y agree" [030:030]): no event twice.
        var made = events.Select(e => (e.Source?.Code, e.Target?.Code, e.Cameo)).ToHashSet();
        return [.. events, .. events.Where(e => e.Source is not null && e.Target is not null).Select(e => context.Reverse(frame, reversed, code, e))
            .Where(e => made.Add((e.Source?.Code, e.Target?.Code, e.Cameo)))];
    }

    // PETRARCH-2 codes one event per verb phrase: a governing verb whose controlled verb (its subject the governing
    // verb's subject or object: "will be hosting X to celebrate …") has a PETRARCH-2 pattern coding an act gives way to it,
    // as the nested event wins; a controlled statement or symbolic act (CAMEO 01…: "urged X to respond", 010) does not.
    private bool ControlledActWins(Frame frame, PatternMatch best)
    {
        if (frame.IsNoun || frame.Xcomp is not { IsNoun: false, Subject: { } controller } xcomp || !_options.Petrarch.Owns(best.Pattern) || _options.Petrarch.IsLinear(best.Pattern)
            || (controller.Lemma != frame.Subject?.Lemma && controller.Lemma != frame.Object?.Lemma))
            return false;
        var lower = patterns.FindBest(xcomp);
        return lower is not null && _options.Petrarch.Owns(lower.Pattern) && lower.Pattern.Cameo != PetrarchVerbs.NullCode
            && !lower.Pattern.Cameo.StartsWith("01", StringComparison.Ordinal);
    }
    // PETRARCH-2 codes the sentence's verb phrase, not a verb in a subjectless adverbial clause with a marker ("… with
    // Gondor after leaving Eriador": advcl + mark): such a clause's PETRARCH event gives way when the verb it modifies
    // coded a PETRARCH event.
    private List<CodingDecision> WithoutAdverbialActs(Document document, List<CodingDecision> decisions)
    {
        if (_options.Petrarch.PatternIds.Count == 0)
            return decisions;
        var coded = decisions.Where(IsPetrarch).Select(d => d.Frame.Predicate).ToHashSet();
        return [.. decisions.Select(d => IsPetrarch(d) && !d.Frame.Frame.IsNoun && AdverbialHead(document, d.Frame.Sentence, d.Frame.Predicate) is var head && head >= 0 && coded.Contains(head)
            ? d with { Outcome = "PETRARCH-2: a subjectless adverbial clause gives way to the verb phrase it modifies", Events = [] } : d)];
    }

    private bool IsPetrarch(CodingDecision d) => d.Events.Count > 0 && d.Events.All(e => _options.Petrarch.PatternIds.Contains(e.Rule));

    // The verb a subjectless adverbial clause with a marker modifies, else -1.
    private static int AdverbialHead(Document document, int sentenceIndex, int predicate)
    {
        var token = document.Tokens[predicate];
        if (!document.Strings[token.DepRel].StartsWith("advcl", StringComparison.Ordinal) || token.Head == predicate)
            return -1;
        var sentence = document.Sentence(sentenceIndex).Tokens;
        var marked = false;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (document.Tokens[t].Head != predicate || t == predicate)
                continue;
            var rel = document.Strings[document.Tokens[t].DepRel];
            if (rel.StartsWith("nsubj", StringComparison.Ordinal) || rel.StartsWith("csubj", StringComparison.Ordinal))
                return -1;
            marked |= rel == "mark";
        }
        return marked ? token.Head : -1;
    }
}
