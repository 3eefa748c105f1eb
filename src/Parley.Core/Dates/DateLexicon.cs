using System.Collections.Frozen;
using System.Globalization;
using Parley.Data;
using Parley.Diagnostics;

namespace Parley.Dates;

/// <summary>The words of dates (months, weekdays, number words, units, relative words), loaded from a data file.</summary>
public sealed class DateLexicon
{
    private DateLexicon(Dictionary<string, (string Kind, string Value)> words)
    {
        Words = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        PairStarts = words.Keys.Where(w => w.Contains(' ', StringComparison.Ordinal)).Select(w => w[..w.IndexOf(' ', StringComparison.Ordinal)])
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    // The first words of the forms of two words or more ("last" of "last night"), in any case.
    private FrozenSet<string> PairStarts { get; }

    /// <summary>
    /// False when no form of two words can start with <paramref name="word"/> followed by a space: the word has no
    /// space and is not the first word of any form.
    /// </summary>
    internal bool MayStartPair(ReadOnlySpan<char> word) =>
        word.Contains(' ') || PairStarts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Word (any case) → its kind (<c>month</c>, <c>weekday</c> …) and value.</summary>
    internal FrozenDictionary<string, (string Kind, string Value)> Words { get; }

    private static readonly HashSet<string> Kinds = ["month", "weekday", "number", "unit", "dayword", "shift", "ago", "lead", "hedge"];
    private static readonly HashSet<string> Units = ["day", "week", "month", "year"];

    /// <summary>Loads a lexicon file; problems are added to <paramref name="diagnostics"/> with file:line.</summary>
    public static DateLexicon Load(string path, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        return Parse(DataLine.ReadFile(path), diagnostics);
    }

    /// <summary>Builds a lexicon from data lines; problems are added to <paramref name="diagnostics"/>.</summary>
    public static DateLexicon Parse(IEnumerable<DataLine> lines, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var words = new Dictionary<string, (string, string)>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            var error = Check(line);
            if (error is not null)
            {
                diagnostics.Add(Diagnostic.Create(Messages.DataMalformed, line.Location, error));
                continue;
            }
            foreach (var form in line.Fields[2].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (words.TryGetValue(form, out var old) && old != (line.Fields[0], line.Fields[1]))
                    diagnostics.Add(Diagnostic.Create(Messages.DataMalformed, line.Location, $"'{form}' is already a {old.Item1} {old.Item2}"));
                else
                    words[form] = (line.Fields[0], line.Fields[1]);
            }
        }
        return new DateLexicon(words);
    }

    private static string? Check(DataLine line)
    {
        if (line.Fields.Count != 3)
            return $"expected KIND  VALUE  FORMS, found {line.Fields.Count} field(s)";
        var (kind, value) = (line.Fields[0], line.Fields[1]);
        if (!Kinds.Contains(kind))
            return $"unknown kind '{kind}'";
        if (kind == "unit")
            return Units.Contains(value) ? null : $"unknown unit '{value}'";
        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
            return $"value '{value}' is not a number";
        return kind switch
        {
            "month" when n is < 1 or > 12 => $"month {n} out of range",
            "weekday" when n is < 1 or > 7 => $"weekday {n} out of range",
            _ => null,
        };
    }

    /// <summary>The kind and value of a word, if it is a date word.</summary>
    internal bool TryGet(ReadOnlySpan<char> word, out string kind, out string value)
    {
        var lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var entry))
        {
            (kind, value) = entry;
            return true;
        }
        (kind, value) = ("", "");
        return false;
    }
}
