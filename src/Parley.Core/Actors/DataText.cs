using System.Globalization;
using System.Text.RegularExpressions;

namespace Parley.Actors;

/// <summary>One meaningful line of an actor data file: its 1-based number, indentation and content.</summary>
internal readonly record struct DataLine(int Number, bool Indented, string Content);

/// <summary>The shared line syntax of the actor data files (comments, fields, alternatives, dates).</summary>
internal static partial class DataText
{
    [GeneratedRegex(@"\t+| {2,}")]
    private static partial Regex FieldSeparator();

    /// <summary>Lines without blank lines and comments (<c>#</c> at the start, or after two spaces or a tab).</summary>
    public static IEnumerable<DataLine> Lines(string text)
    {
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (number == 1 && line.Length > 0 && line[0] == '\uFEFF')
                line = line[1..];
            var content = StripComment(line).Trim();
            if (content.Length == 0)
                continue;
            yield return new DataLine(number, char.IsWhiteSpace(line[0]), content);
        }
    }

    private static string StripComment(string line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.StartsWith('#'))
            return "";
        for (var i = 1; i < line.Length; i++)
        {
            if (line[i] == '#' && (line[i - 1] == '\t' || (i >= 2 && line[i - 1] == ' ' && line[i - 2] == ' ')))
                return line[..i];
        }
        return line;
    }

    /// <summary>Splits content on runs of two or more spaces or tabs.</summary>
    public static string[] Fields(string content) => FieldSeparator().Split(content.Trim());

    /// <summary>Splits a field on <c>|</c>; returns null when an element is empty.</summary>
    public static string[]? Alternatives(string field)
    {
        var parts = field.Split('|');
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = parts[i].Trim();
            if (parts[i].Length == 0)
                return null;
        }
        return parts;
    }

    /// <summary>Parses a start date: <c>YYYY-MM-DD</c>, or the first day of <c>YYYY-MM</c> or <c>YYYY</c>.</summary>
    public static bool TryParseStart(string s, out DateOnly date) => TryParse(s, first: true, out date);

    /// <summary>Parses an end date: <c>-</c> (open), <c>YYYY-MM-DD</c>, or the last day of <c>YYYY-MM</c> or <c>YYYY</c>.</summary>
    public static bool TryParseEnd(string s, out DateOnly date)
    {
        if (s == "-")
        {
            date = DateOnly.MaxValue;
            return true;
        }
        return TryParse(s, first: false, out date);
    }

    private static bool TryParse(string s, bool first, out DateOnly date)
    {
        date = default;
        var inv = CultureInfo.InvariantCulture;
        switch (s.Length)
        {
            case 10:
                return DateOnly.TryParseExact(s, "yyyy-MM-dd", inv, DateTimeStyles.None, out date);
            case 7 when DateOnly.TryParseExact(s + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out var m):
                date = first ? m : m.AddMonths(1).AddDays(-1);
                return true;
            case 4 when int.TryParse(s, NumberStyles.None, inv, out var y) && y >= 1:
                date = first ? new DateOnly(y, 1, 1) : new DateOnly(y, 12, 31);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Formats a role date for messages and output (<c>-</c> for open).</summary>
    public static string Format(DateOnly date) =>
        date == DateOnly.MaxValue ? "-" : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
