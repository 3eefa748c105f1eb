using System.Globalization;
using System.Text.Json;
using Parley.Diagnostics;
using Parley.Documents;

namespace Parley.Reading;

/// <summary>
/// Reads one JSON Lines record: an object with <c>id</c> (string or number) and <c>text</c>, and optional
/// <c>date</c> (YYYY-MM-DD), <c>title</c>, <c>url</c> and <c>source</c>. Other fields are ignored.
/// </summary>
internal static class JsonlParser
{
    public static SourceItem Parse(string line, Location where, DateOnly? defaultDate)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            var position = e.BytePositionInLine ?? 0;
            return SourceItem.Fail(Messages.JsonlMalformed, where with { Offset = position }, $"{Describe(e)} (at byte {position} of the line)");
        }
        using (json)
            return FromObject(json.RootElement, where, defaultDate);
    }

    private static SourceItem FromObject(JsonElement root, Location where, DateOnly? defaultDate)
    {
        if (root.ValueKind != JsonValueKind.Object)
            return SourceItem.Fail(Messages.JsonlNotObject, where, Kind(root.ValueKind));
        if (Id(root) is not { Length: > 0 } id)
            return SourceItem.Fail(Messages.JsonlFieldMissing, where, "id");
        if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            return SourceItem.Fail(Messages.JsonlFieldMissing, where, "text");
        foreach (var field in (string[])["date", "title", "url", "source"])
        {
            if (root.TryGetProperty(field, out var value) && value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                return SourceItem.Fail(Messages.JsonlFieldType, where, field, Kind(value.ValueKind));
        }
        var date = defaultDate;
        if (Optional(root, "date") is { } rawDate)
        {
            if (!DateOnly.TryParseExact(rawDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                return SourceItem.Fail(Messages.DateInvalid, where, rawDate);
            date = parsed;
        }
        var body = text.GetString()!;
        if (string.IsNullOrWhiteSpace(body))
            return SourceItem.Fail(Messages.InputEmpty, where);
        var metadata = new DocumentMetadata(id, date, Optional(root, "title"), Optional(root, "url"), Optional(root, "source"));
        return SourceItem.Of(new Document(body, metadata));
    }

    private static string? Id(JsonElement root)
    {
        if (!root.TryGetProperty("id", out var id))
            return null;
        return id.ValueKind switch
        {
            JsonValueKind.String => id.GetString(),
            JsonValueKind.Number => id.GetRawText(),
            _ => null,
        };
    }

    private static string? Optional(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "an object",
    };

    /// <summary>The exception's message without the position suffix System.Text.Json appends.</summary>
    private static string Describe(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }
}
