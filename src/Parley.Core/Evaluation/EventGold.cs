using System.Text.Json;
using Parley.Diagnostics;

namespace Parley.Evaluation;

/// <summary>An expected event: source and target actor codes (null when absent) and the CAMEO code.</summary>
public sealed record ExpectedEvent(string? Source, string? Target, string Cameo);

/// <summary>One gold item: a text, its publication date and the events a careful analyst codes from it.</summary>
public sealed record GoldItem(string Id, string Text, DateOnly? Date, IReadOnlyList<ExpectedEvent> Events, int Line);

/// <summary>
/// Reads an event gold file: JSON Lines, each <c>{"id": "…", "text": "…", "date": "YYYY-MM-DD",
/// "events": [{"source": "USAGOV", "target": "PRKGOV", "cameo": "040"}, …]}</c>. An empty <c>events</c> array
/// means "no event". Malformed lines are reported with file:line and skipped.
/// </summary>
public static class EventGold
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    public static List<GoldItem> Read(string path, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var items = new List<GoldItem>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Trim().Length == 0)
                continue;
            try
            {
                items.Add(Parse(line, number));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                diagnostics.Add(Diagnostic.Create(Messages.JsonlMalformed, new Location(path, number), e.Message));
            }
        }
        return items;
    }

    private static GoldItem Parse(string line, int number)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var date = root.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String
            ? DateOnly.ParseExact(d.GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : (DateOnly?)null;
        var events = root.GetProperty("events").EnumerateArray().Select(e => new ExpectedEvent(
            Code(e, "source"), Code(e, "target"), e.GetProperty("cameo").GetString()!)).ToList();
        return new GoldItem(root.GetProperty("id").GetString()!, root.GetProperty("text").GetString()!, date, events, number);
    }

    private static string? Code(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
