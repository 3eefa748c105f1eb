using System.Collections.Frozen;
using Parley.Diagnostics;
using Parley.Tokenization;

namespace Parley.Segmentation;

/// <summary>
/// Capitalized words that typically begin a sentence ("The", "He", "But"), read from
/// <c>data/segmentation/sentence-starters.txt</c>. After an abbreviation or initial, such a word signals that the
/// period also ends the sentence. Span lookups, case-sensitive; immutable.
/// </summary>
public sealed class SentenceStarters
{
    /// <summary>The data file, relative to the data directory.</summary>
    public const string FileName = "segmentation/sentence-starters.txt";

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private SentenceStarters(HashSet<string> words) => _lookup = words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> is listed.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    internal static SentenceStarters? Load(DataSource source, List<Diagnostic> diagnostics)
    {
        var content = source.Read(FileName, diagnostics);
        return content is null ? null : Parse(content, source.DisplayName(FileName), diagnostics);
    }

    internal static SentenceStarters? Parse(string content, string file, List<Diagnostic> diagnostics)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var errors = diagnostics.Count;
        foreach (var e in WordListFile.Parse(content, file))
        {
            if (e.Fields.Length != 1 || !char.IsUpper(e.Fields[0][0]))
                diagnostics.Add(WordListFile.Error(file, e, $"expected one capitalized word; got '{string.Join(' ', e.Fields)}'"));
            else if (WordListFile.CheckDuplicate(seen, e.Fields[0], file, e, diagnostics))
                set.Add(e.Fields[0]);
        }
        return diagnostics.Count == errors ? new SentenceStarters(set) : null;
    }
}
