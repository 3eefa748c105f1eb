using System.Globalization;
using Parley.Actors;
using Parley.Documents;
using Parley.Events;
using Parley.Frames;
using Parley.Places;
using Parley.Writing;

namespace Parley.Engine;

/// <summary>
/// Explains how a text was coded: the parse, the actors (the listing <c>parley actors</c> prints: code, rule, entries,
/// flags, the antecedent of a coreferent mention and the date its code was chosen for), the places, every frame with
/// the pattern chosen and the candidates rejected (and why), and the events. The events are the ones the coder made
/// on this very run (the engine must be built with tracing on), so the explanation cannot disagree with coding.
/// </summary>
public static class Explainer
{
    /// <summary>Writes the explanation of a processed document.</summary>
    public static void Write(Document doc, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(output);
        var decisions = doc.GetLayer<CodingTrace>()?.Decisions ?? throw new InvalidOperationException("the document was coded without a trace");
        var actors = ActorListing.Rows(doc);
        for (var s = 0; s < doc.SentenceCount; s++)
        {
            output.WriteLine($"# sentence {s}: {doc.Sentence(s).Text}");
            WriteParse(doc, s, output);
            WriteActors(actors, doc.Sentence(s), output);
            WritePlaces(doc, s, output);
            foreach (var d in decisions.Where(d => d.Frame.Sentence == s))
                WriteDecision(doc, d, output);
            output.WriteLine();
        }
        output.WriteLine("# events");
        foreach (var e in EventJsonWriter.ToJson(doc))
            output.WriteLine(e);
    }

    private static void WriteParse(Document doc, int s, TextWriter o)
    {
        var sentence = doc.Sentences[s];
        o.WriteLine("parse:");
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var tok = doc.Token(t);
            var head = tok.Head < 0 ? 0 : tok.Head - sentence.FirstToken + 1;
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {t - sentence.FirstToken + 1,3} {tok.Text,-16} {tok.Upos,-6} {tok.Lemma,-14} {head,3} {tok.DepRel,-12} {tok.Entity}"));
        }
    }

    private static void WriteActors(IReadOnlyList<ActorListingRow> actors, Sentence sentence, TextWriter o)
    {
        foreach (var r in actors.Where(r => r.Start >= sentence.Start && r.Start < sentence.End))
            o.WriteLine(ActorLine(r));
    }

    /// <summary>
    /// One actor line: <c>actor: "They" [412,416) → USAGOV Donald Trump — coreference:pronoun; antecedent "Trump"
    /// [344,349); date 2018-07-19</c>, with the entries behind the code and the flags when there are any.
    /// </summary>
    internal static string ActorLine(ActorListingRow r) =>
        $"actor: \"{r.Text}\" [{r.Start},{r.End}) → {r.Code ?? "(uncoded)"}{(r.Name is null ? "" : " " + r.Name)} — {r.Rule}" +
        (r.Entries.Length == 0 ? "" : $"; {r.Entries}") +
        (r.Flags == ActorMentionFlags.None ? "" : $"; flags {r.Flags}") +
        (r.Antecedent is { } a ? $"; antecedent \"{a.Text}\" [{a.Start},{a.End})" : "") +
        $"; date {r.Date ?? "(undated)"}";

    private static void WritePlaces(Document doc, int s, TextWriter o)
    {
        var sentence = doc.Sentences[s];
        foreach (var p in (doc.GetLayer<PlaceMentions>()?.Items ?? []).Where(p => p.FirstToken >= sentence.FirstToken && p.FirstToken < sentence.EndToken))
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"place: \"{p.Text}\" {(p.Preposition is { } prep ? $"after '{prep}'" : "as an argument")} → {p.Place.Name}, {p.Place.Country} ({p.Place.Lat}, {p.Place.Lon}); {p.Alternatives} other place(s) of that name"));
    }

    private static void WriteDecision(Document doc, CodingDecision d, TextWriter o)
    {
        var f = d.Frame;
        var subject = f.Subject >= 0 ? doc.Token(f.Subject).Text : "-";
        var args = string.Join(' ', f.Frame.Prepositions.Select(p => $"{p.Preposition}:{p.Argument.Lemma}"));
        o.WriteLine($"frame: {(f.Frame.IsNoun ? "noun" : "verb")} {f.Frame.Key} subject={subject} obj={f.Frame.Object?.Lemma ?? "-"} " +
            $"xcomp={f.Frame.Xcomp?.Predicate ?? "-"} {args} modality={f.Modality}{(f.SpeechVerb >= 0 ? $" reported-by-verb={doc.Token(f.SpeechVerb).Text}" : "")}");
        if (d.Match?.Best is { } best)
            o.WriteLine($"  chosen: {best.Pattern.Id}  {best.Pattern}  (specificity {best.Specificity})");
        foreach (var r in d.Match?.Rejected ?? [])
            o.WriteLine($"  rejected: {r.Pattern.Id}  {r.Pattern}  — {r.Reason}");
        o.WriteLine($"  outcome: {d.Outcome}" + string.Concat(d.Events.Select(e => $"; {e.Source?.Code ?? "-"} → {e.Target?.Code ?? "-"} {e.Cameo}")));
        foreach (var a in d.Events.SelectMany(e => new[] { e.Source, e.Target }).OfType<EventActor>().Where(a => a.CountryFrom is not null).Distinct())
            o.WriteLine($"  country: {(a.Text.Length > 0 ? $"\"{a.Text}\"" : "(implied, no words)")} → {a.Code}: {a.CountryFrom}");
    }
}
