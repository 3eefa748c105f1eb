using System.Text.RegularExpressions;

namespace Parley.Data;

/// <summary>
/// One meaningful line of a Parley data file: its 1-based line number, its indentation and its fields.
/// Fields are separated by a tab or by two or more spaces; <c>#</c> starts a comment when it begins the line or
/// follows two spaces.
/// </summary>
public sealed partial record DataLine(string File, int Number, int Indent, IReadOnlyList<string> Fields)
{
    /// <summary>Reads the meaningful lines of <paramref name="path"/>.</summary>
    public static IEnumerable<DataLine> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        foreach (var line in Read(reader, path))
            yield return line;
    }

    /// <summary>Reads the meaningful lines of a text; <paramref name="file"/> names it in diagnostics.</summary>
    public static IEnumerable<DataLine> Read(TextReader reader, string file)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var number = 0;
        string? raw;
        while ((raw = reader.ReadLine()) is not null)
        {
            number++;
            var text = StripComment(raw);
            if (text.Trim().Length == 0)
                continue;
            var indent = text.Length - text.TrimStart().Length;
            var fields = Separator().Split(text.Trim());
            yield return new DataLine(file, number, indent, fields);
        }
    }

    /// <summary>
    /// Reads a tab-separated table: every tab separates two fields (empty fields are kept); lines starting with
    /// <c>#</c> are comments.
    /// </summary>
    public static IEnumerable<DataLine> ReadTsv(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var number = 0;
        foreach (var raw in System.IO.File.ReadLines(path))
        {
            number++;
            if (raw.Length == 0 || raw[0] == '#')
                continue;
            yield return new DataLine(path, number, 0, raw.Split('\t'));
        }
    }

    private static string StripComment(string raw)
    {
        if (raw.TrimStart().StartsWith('#'))
            return "";
        var at = raw.IndexOf("  #", StringComparison.Ordinal);
        var tab = raw.IndexOf("\t#", StringComparison.Ordinal);
        if (tab >= 0 && (at < 0 || tab < at))
            at = tab;
        return at >= 0 ? raw[..at] : raw;
    }

    [GeneratedRegex(@"\t+| {2,}", RegexOptions.None, 1000)]
    private static partial Regex Separator();

    /// <summary>The location of this line, for diagnostics.</summary>
    public Diagnostics.Location Location => new(File, Number);
}
