using System.Text.RegularExpressions;

namespace Parley.Data;

/// <summary>
/// One meaningful line of a Parley data file: where it is (file and 1-based line number), its indentation, its
/// text without the comment, and its fields. This is the one reader of Parley's line-based data files.
/// </summary>
/// <remarks>
/// Two syntaxes share it. <b>Text files</b> (<see cref="Read(TextReader, string)"/>): blank lines are skipped;
/// <c>#</c> starts a comment at the start of a line or after a tab or two spaces; fields are separated by a tab
/// or by two or more spaces (<see cref="Fields"/>), or by any whitespace (<see cref="Words"/>).
/// <b>Tables</b> (<see cref="ReadTsv(TextReader, string)"/>): every tab separates two fields and empty fields
/// are kept; lines starting with <c>#</c> and blank lines are skipped.
/// </remarks>
public sealed partial record DataLine(string File, int Number, int Indent, string Content, IReadOnlyList<string> Fields)
{
    /// <summary>True when the line starts with whitespace (a continuation of the entry above it).</summary>
    public bool Indented => Indent > 0;

    /// <summary>The content split on any run of whitespace.</summary>
    public string[] Words => Content.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The field at <paramref name="index"/>, trimmed, or empty when the line has fewer fields.</summary>
    public string Field(int index) => index < Fields.Count ? Fields[index].Trim() : string.Empty;

    /// <summary>The location of this line, for diagnostics.</summary>
    public Diagnostics.Location Location => new(File, Number);

    /// <summary>Reads the meaningful lines of the text file <paramref name="path"/>.</summary>
    public static IEnumerable<DataLine> ReadFile(string path) => FromFile(path, Read);

    /// <summary>Reads the meaningful lines of a text; <paramref name="file"/> names it in diagnostics.</summary>
    public static IEnumerable<DataLine> Read(TextReader reader, string file)
    {
        ArgumentNullException.ThrowIfNull(reader);
        foreach (var (number, raw) in Numbered(reader))
        {
            var text = StripComment(raw);
            var content = text.Trim();
            if (content.Length == 0)
                continue;
            var indent = text.Length - text.TrimStart().Length;
            yield return new DataLine(file, number, indent, content, Separator().Split(content));
        }
    }

    /// <summary>Reads the meaningful lines of <paramref name="text"/>; <paramref name="file"/> names it in diagnostics.</summary>
    public static IEnumerable<DataLine> Read(string text, string file) => Read(new StringReader(text), file);

    /// <summary>Reads the rows of the tab-separated table <paramref name="path"/>.</summary>
    public static IEnumerable<DataLine> ReadTsv(string path) => FromFile(path, ReadTsv);

    /// <summary>Reads the rows of a tab-separated table; <paramref name="file"/> names it in diagnostics.</summary>
    public static IEnumerable<DataLine> ReadTsv(TextReader reader, string file)
    {
        ArgumentNullException.ThrowIfNull(reader);
        foreach (var (number, raw) in Numbered(reader))
        {
            if (raw.Length == 0 || raw[0] == '#' || string.IsNullOrWhiteSpace(raw))
                continue;
            yield return new DataLine(file, number, 0, raw, raw.Split('\t'));
        }
    }

    private static IEnumerable<DataLine> FromFile(string path, Func<TextReader, string, IEnumerable<DataLine>> read)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        foreach (var line in read(reader, path))
            yield return line;
    }

    private static IEnumerable<(int Number, string Text)> Numbered(TextReader reader)
    {
        var number = 0;
        string? raw;
        while ((raw = reader.ReadLine()) is not null)
        {
            number++;
            if (number == 1 && raw.Length > 0 && raw[0] == '\uFEFF')
                raw = raw[1..];
            yield return (number, raw);
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
}
