using System.Text.Json;
using Parley.Documents;
using Parley.Events;

namespace Parley.Writing;

/// <summary>
/// Writes a document's coded events as JSON Lines, one event per line, in document order: id, doc_id, sentence,
/// date, date_text, date_source, source, target, cameo, cameo_root, cameo_name, goldstein, quad_class, plover,
/// modality, location, quote, reported_by and evidence (text, spans, rule). An actor is text, code, country, sector,
/// name, start, end, country_from (present only when the country came from context rather than its words: "country
/// from place 'Tigray' (ETH)"; an implied actor has empty text and start/end -1) and flags (what its code lacks, as
/// <c>parley actors</c> names it: ["NoCountry"], ["NoRoleAtDate"]; <c>null</c> when fully coded). Absent parts are <c>null</c>. Offsets are UTF-16 code units into the document text.
/// </summary>
public sealed class EventJsonWriter : IDocumentWriter
{
    /// <inheritdoc />
    public void Write(Document document, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var line in ToJson(document))
        {
            output.Write(line);
            output.Write('\n');
        }
    }

    /// <summary>The document's events, each a JSON object on one line, its actors flagged from the document's actor listing.</summary>
    public static IReadOnlyList<string> ToJson(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var events = document.GetLayer<CodedEvents>()?.Items ?? [];
        if (events.Count == 0)
            return [];
        var flags = EventActorFlags.Of(document);
        return [.. events.Select(e => ToJson(e, flags))];
    }

    /// <summary>One event as a JSON object on one line, its actors flagged by <paramref name="flags"/>.</summary>
    public static string ToJson(CodedEvent e, EventActorFlags flags)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(flags);
        return WriterSupport.Json(json =>
        {
            json.WriteStartObject();
            json.WriteString("id", e.Id);
            json.WriteString("doc_id", e.DocId);
            json.WriteNumber("sentence", e.Sentence);
            WriteNullable(json, "date", e.Date?.ToString());
            WriteNullable(json, "date_text", e.DateText);
            json.WriteString("date_source", e.DateSource);
            WriteActor(json, "source", e.Source, flags);
            WriteActor(json, "target", e.Target, flags);
            json.WriteString("cameo", e.Cameo);
            json.WriteString("cameo_root", e.CameoRoot);
            json.WriteString("cameo_name", e.CameoName);
            json.WriteNumber("goldstein", e.Goldstein);
            json.WriteNumber("quad_class", e.QuadClass);
            WritePlover(json, e.Plover);
            json.WriteString("modality", e.Modality.ToString().ToLowerInvariant());
            WriteLocation(json, e.Location);
            WriteQuote(json, e.Quote);
            WriteActor(json, "reported_by", e.ReportedBy, flags);
            WriteEvidence(json, e);
            json.WriteEndObject();
        });
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
            json.WriteNull(name);
        else
            json.WriteString(name, value);
    }

    private static void WriteActor(Utf8JsonWriter json, string name, EventActor? a, EventActorFlags flags)
    {
        if (a is null)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        json.WriteString("text", a.Text);
        WriteNullable(json, "code", a.Code);
        WriteNullable(json, "country", a.Country);
        WriteNullable(json, "sector", a.Sector);
        WriteNullable(json, "name", a.Name);
        json.WriteNumber("start", a.Start);
        json.WriteNumber("end", a.End);
        if (a.CountryFrom is not null)
            json.WriteString("country_from", a.CountryFrom);
        var names = EventActorFlags.Names(flags.For(a));
        if (names.Count == 0)
        {
            json.WriteNull("flags");
        }
        else
        {
            json.WriteStartArray("flags");
            foreach (var f in names)
                json.WriteStringValue(f);
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void WritePlover(Utf8JsonWriter json, PloverCoding p)
    {
        json.WriteStartObject("plover");
        WriteNullable(json, "event", p.Event);
        WriteNullable(json, "mode", p.Mode);
        json.WriteStartArray("context");
        foreach (var c in p.Context)
            json.WriteStringValue(c);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, EventLocation? l)
    {
        if (l is null)
        {
            json.WriteNull("location");
            return;
        }
        json.WriteStartObject("location");
        json.WriteString("text", l.Text);
        json.WriteString("name", l.Name);
        WriteNullable(json, "country", l.Country);
        json.WriteNumber("lat", l.Lat);
        json.WriteNumber("lon", l.Lon);
        json.WriteEndObject();
    }

    private static void WriteQuote(Utf8JsonWriter json, EventQuote? q)
    {
        if (q is null)
        {
            json.WriteNull("quote");
            return;
        }
        json.WriteStartObject("quote");
        json.WriteString("text", q.Text);
        json.WriteNumber("start", q.Start);
        json.WriteNumber("end", q.End);
        WriteNullable(json, "speaker", q.Speaker);
        WriteNullable(json, "speaker_code", q.SpeakerCode);
        json.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter json, CodedEvent e)
    {
        json.WriteStartObject("evidence");
        json.WriteString("text", e.EvidenceText);
        json.WriteStartArray("spans");
        foreach (var s in e.Spans)
        {
            json.WriteStartObject();
            json.WriteString("role", s.Role);
            json.WriteNumber("start", s.Start);
            json.WriteNumber("end", s.End);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteString("rule", e.Rule);
        json.WriteEndObject();
    }
}
