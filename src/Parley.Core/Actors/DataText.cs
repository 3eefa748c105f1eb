using System.Globalization;
using Parley.Data;

namespace Parley.Actors;

/// <summary>The shared line syntax of the actor data files (comments, fields, alternatives, dates).</summary>
internal static class DataText
{
    /// <summary>The meaningful lines of an actor data file (the shared data-file syntax of <see cref="DataLine"/>).</summary>
    public static IEnumerable<DataLine> Lines(string text, DataFile file) => DataLine.Read(text, file.Path);

    /// <summary>The fields of a line (split on a tab or two or more spaces) as an array.</summary>
    public static string[] Fields(DataLine line) => [.. line.Fields];

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
