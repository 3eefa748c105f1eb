using System.Collections.Frozen;
using Parley.Diagnostics;
using Parley.Tokenization;

namespace Parley.Segmentation;

/// <summary>
/// Known abbreviations with their final period ("Mr.", "Jan.", "Inc."), read from
/// <c>data/segmentation/abbreviations.txt</c>. Lookups take spans and do not allocate. Immutable.
/// </summary>
public sealed class AbbreviationTable
{
    /// <summary>The data file, relative to the data directory.</summary>
    public const string FileName = "segmentation/abbreviations.txt";

    private readonly FrozenDictionary<string, AbbreviationKind> _entries;
    private readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private AbbreviationTable(Dictionary<string, AbbreviationKind> entries)
    {
        _entries = entries.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of entries (capitalized variants of lower-case entries included).</summary>
    public int Count => _entries.Count;

    /// <summary>Looks up <paramref name="form"/>, final period included; case-sensitive.</summary>
    public bool TryGet(ReadOnlySpan<char> form, out AbbreviationKind kind) => _lookup.TryGetValue(form, out kind);

    /// <summary>
    /// Parses the file format: one abbreviation per line with its final period, optionally followed by a kind
    /// (<c>title</c>, <c>number</c>; default general). A lower-case entry also matches with a capital first letter.
    /// </summary>
    internal static AbbreviationTable? Load(DataSource source, List<Diagnostic> diagnostics)
    {
        var content = source.Read(FileName, diagnostics);
        return content is null ? null : Parse(content, source.DisplayName(FileName), diagnostics);
    }

    internal static AbbreviationTable? Parse(string content, string file, List<Diagnostic> diagnostics)
    {
        var entries = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var errors = diagnostics.Count;
        foreach (var entry in WordListFile.Parse(content, file))
        {
            if (!TryParseEntry(entry, file, diagnostics, out var form, out var kind)
                || !WordListFile.CheckDuplicate(seen, form, file, entry, diagnostics))
                continue;
            entries[form] = kind;
            if (char.IsLower(form[0]))
                entries.TryAdd(char.ToUpperInvariant(form[0]) + form[1..], kind);
        }
        return diagnostics.Count == errors ? new AbbreviationTable(entries) : null;
    }

    private static bool TryParseEntry(WordListEntry entry, string file, List<Diagnostic> diagnostics, out string form, out AbbreviationKind kind)
    {
        form = entry.Fields[0];
        kind = AbbreviationKind.General;
        if (entry.Fields.Length > 2 || form.Length < 2 || form[^1] != '.' || !char.IsLetter(form[0]))
        {
            diagnostics.Add(WordListFile.Error(file, entry, $"expected an abbreviation starting with a letter and ending in '.', then an optional kind; got '{string.Join(' ', entry.Fields)}'"));
            return false;
        }
        if (entry.Fields.Length == 1)
            return true;
        switch (entry.Fields[1])
        {
            case "title": kind = AbbreviationKind.Title; return true;
            case "number": kind = AbbreviationKind.Number; return true;
            default:
                diagnostics.Add(WordListFile.Error(file, entry, $"unknown kind '{entry.Fields[1]}'; expected 'title' or 'number'"));
                return false;
        }
    }
}
