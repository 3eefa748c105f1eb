using System.Text.Json;
using Parley.Actors;
using Parley.Documents;
using Parley.Places;

namespace Parley.Writing;

/// <summary>
/// Writes a whole analysed document as one JSON object on one line: id, date, sentences (offsets and text), actor
/// mentions (with code, rule and source entries), places, quotations (with speakers) and events (as
/// <see cref="EventJsonWriter"/> writes them).
/// </summary>
public sealed class AnalysisJsonWriter : IDocumentWriter
{
    /// <inheritdoc />
    public void Write(Document document, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(WriterSupport.Json(json =>
        {
            json.WriteStartObject();
            json.WriteString("id", document.Metadata.Id);
            json.WriteString("date", document.Metadata.PublicationDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            WriteSentences(document, json);
            WriteActors(document, json);
            WritePlaces(document, json);
            WriteQuotes(document, json);
            json.WriteStartArray("events");
            foreach (var e in EventJsonWriter.ToJson(document))
                json.WriteRawValue(e);
            json.WriteEndArray();
            json.WriteEndObject();
        }));
        output.Write('\n');
    }

    private static void WriteSentences(Document doc, Utf8JsonWriter json)
    {
        json.WriteStartArray("sentences");
        for (var i = 0; i < doc.SentenceCount; i++)
        {
            var s = doc.Sentence(i);
            json.WriteStartObject();
            json.WriteNumber("index", i);
            json.WriteNumber("start", s.Start);
            json.WriteNumber("end", s.End);
            json.WriteString("text", s.Text);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    // The actor listing (Actors/ActorListing): mentions, coreferent mentions with their antecedents, event-date codes.
    private static void WriteActors(Document doc, Utf8JsonWriter json)
    {
        json.WriteStartArray("actors");
        foreach (var m in ActorListing.Rows(doc))
        {
            json.WriteStartObject();
            json.WriteString("text", m.Text);
            json.WriteNumber("start", m.Start);
            json.WriteNumber("end", m.End);
            json.WriteString("code", m.Code);
            json.WriteString("country", m.Country);
            json.WriteString("sector", m.Sector);
            json.WriteString("name", m.Name);
            json.WriteString("title", m.Title);
            json.WriteString("kind", m.Kind);
            json.WriteString("rule", m.Rule);
            json.WriteString("entries", m.Entries);
            json.WriteString("flags", m.Flags == ActorMentionFlags.None ? null : m.Flags.ToString());
            json.WriteString("antecedent", m.Antecedent is { } a ? $"{a.Text}@{a.Start}-{a.End}" : null);
            json.WriteString("date", m.Date);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WritePlaces(Document doc, Utf8JsonWriter json)
    {
        json.WriteStartArray("places");
        foreach (var p in doc.GetLayer<PlaceMentions>()?.Items ?? [])
        {
            json.WriteStartObject();
            json.WriteString("text", p.Text);
            json.WriteNumber("start", p.Start);
            json.WriteNumber("end", p.End);
            json.WriteString("name", p.Place.Name);
            json.WriteString("country", p.Place.Country);
            json.WriteNumber("lat", p.Place.Lat);
            json.WriteNumber("lon", p.Place.Lon);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteQuotes(Document doc, Utf8JsonWriter json)
    {
        json.WriteStartArray("quotes");
        foreach (var q in doc.GetLayer<Quotes.Quotes>()?.Items ?? [])
        {
            json.WriteStartObject();
            json.WriteString("text", q.Text);
            json.WriteNumber("start", q.Start);
            json.WriteNumber("end", q.End);
            json.WriteString("speaker", q.Speaker?.Text);
            json.WriteString("rule", q.Rule);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
