using Parley.Diagnostics;

namespace Parley.Tokenization;

/// <summary>One non-comment line of a word-list data file, split on whitespace.</summary>
/// <param name="Line">1-based line number.</param>
/// <param name="Fields">The whitespace-separated fields (at least one).</param>
internal sealed record WordListEntry(int Line, string[] Fields);

/// <summary>
/// Reads the simple data-file format used by the tokenizer and splitter: one entry per line, fields separated by
/// whitespace, blank lines ignored, lines whose first non-blank character is <c>#</c> are comments.
/// </summary>
internal static class WordListFile
{
    /// <summary>Splits <paramref name="content"/> into entries; never fails.</summary>
    public static List<WordListEntry> Parse(string content)
    {
        var entries = new List<WordListEntry>();
        var lineNo = 0;
        foreach (var raw in content.Split('\n'))
        {
            lineNo++;
            var line = raw.TrimEnd('\r').Trim();
            if (line.Length == 0 || line[0] == '#')
                continue;
            entries.Add(new WordListEntry(lineNo, line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        }
        return entries;
    }

    /// <summary>An error diagnostic for <paramref name="entry"/> of <paramref name="file"/>.</summary>
    public static Diagnostic Error(string file, WordListEntry entry, string message) =>
        Diagnostic.Create(Messages.TokenizationDataLine, new Location(file, entry.Line), message);

    /// <summary>Reports a duplicate when <paramref name="key"/> was already seen; records it otherwise.</summary>
    public static bool CheckDuplicate(Dictionary<string, int> seen, string key, string file, WordListEntry entry, List<Diagnostic> diagnostics)
    {
        if (seen.TryGetValue(key, out var first))
        {
            diagnostics.Add(Diagnostic.Create(Messages.TokenizationDataDuplicate, new Location(file, entry.Line), key, first));
            return false;
        }
        seen[key] = entry.Line;
        return true;
    }
}
