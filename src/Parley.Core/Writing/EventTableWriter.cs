using System.Globalization;
using Parley.Documents;
using Parley.Events;

namespace Parley.Writing;

/// <summary>
/// Writes coded events as a flat table, one event per row: CSV (RFC 4180 quoting) or TSV (tabs, newlines and
/// backslashes in values escaped as <c>\t</c>, <c>\n</c>, <c>\\</c>). Write <see cref="Header"/> once first.
/// <c>source_flags</c> and <c>target_flags</c> say what an actor's code lacks (NoCountry;NoSector, as
/// <c>parley actors</c> names it), empty when it is fully coded.
/// </summary>
public sealed class EventTableWriter(char separator) : IDocumentWriter
{
    /// <summary>The column names, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "id", "doc_id", "sentence", "date", "date_text", "date_source",
        "source_text", "source_code", "source_country", "source_sector", "source_name", "source_flags",
        "target_text", "target_code", "target_country", "target_sector", "target_name", "target_flags",
        "cameo", "cameo_root", "cameo_name", "goldstein", "quad_class", "plover_event", "plover_mode", "plover_context",
        "modality", "location_text", "location_name", "location_country", "lat", "lon",
        "quote_text", "quote_speaker", "reported_by", "rule", "evidence_text",
    ];

    /// <summary>A CSV writer.</summary>
    public static EventTableWriter Csv { get; } = new(',');

    /// <summary>A TSV writer.</summary>
    public static EventTableWriter Tsv { get; } = new('\t');

    /// <summary>The header line, without its newline.</summary>
    public string Header => Row(Columns);

    /// <inheritdoc />
    public void Write(Document document, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var events = document.GetLayer<CodedEvents>()?.Items ?? [];
        var flags = events.Count == 0 ? EventActorFlags.None : EventActorFlags.Of(document);
        foreach (var e in events)
        {
            output.Write(Row(Values(e, flags)));
            output.Write('\n');
        }
    }

    private static IEnumerable<string?> Values(CodedEvent e, EventActorFlags flags) =>
    [
        e.Id, e.DocId, Num(e.Sentence), e.Date?.ToString(), e.DateText, e.DateSource,
        e.Source?.Text, e.Source?.Code, e.Source?.Country, e.Source?.Sector, e.Source?.Name, Flags(e.Source, flags),
        e.Target?.Text, e.Target?.Code, e.Target?.Country, e.Target?.Sector, e.Target?.Name, Flags(e.Target, flags),
        e.Cameo, e.CameoRoot, e.CameoName, Num(e.Goldstein), Num(e.QuadClass), e.Plover.Event, e.Plover.Mode, string.Join(';', e.Plover.Context),
        e.Modality.ToString().ToLowerInvariant(), e.Location?.Text, e.Location?.Name, e.Location?.Country,
        e.Location is { } l ? Num(l.Lat) : null, e.Location is { } m ? Num(m.Lon) : null,
        e.Quote?.Text, e.Quote?.Speaker, e.ReportedBy?.Code ?? e.ReportedBy?.Text, e.Rule, e.EvidenceText,
    ];

    // What the actor's code lacks, as `parley actors` names it, ';'-separated; empty when fully coded or absent.
    private static string? Flags(EventActor? a, EventActorFlags flags) => a is null ? null : string.Join(';', EventActorFlags.Names(flags.For(a)));

    private static string Num(double d) => d.ToString("R", CultureInfo.InvariantCulture);

    private string Row(IEnumerable<string?> values) => string.Join(separator, values.Select(Escape));

    private string Escape(string? value)
    {
        value ??= "";
        if (separator == '\t')
            return value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal)
                .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
