using Parley.Data;
using Parley.Diagnostics;

namespace Parley.Tokenization;

/// <summary>One entry of a word-list data file: its 1-based line number and its whitespace-separated fields.</summary>
/// <param name="Line">1-based line number.</param>
/// <param name="Fields">The whitespace-separated fields (at least one).</param>
internal sealed record WordListEntry(int Line, string[] Fields);

/// <summary>
/// Reads the word lists of the tokenizer and splitter: the shared data-file syntax of <see cref="DataLine"/>
/// (blank lines and <c>#</c> comments skipped), one entry per line, fields separated by any whitespace.
/// </summary>
internal static class WordListFile
{
    /// <summary>Splits <paramref name="content"/> of <paramref name="file"/> into entries; never fails.</summary>
    public static List<WordListEntry> Parse(string content, string file) =>
        [.. DataLine.Read(content, file).Select(line => new WordListEntry(line.Number, line.Words))];

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
