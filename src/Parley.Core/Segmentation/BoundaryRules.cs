using Parley.Diagnostics;
using Parley.Tokenization;

namespace Parley.Segmentation;

/// <summary>The splitter's data (abbreviations, sentence starters) and options. Immutable.</summary>
internal sealed class BoundaryRules
{
    private readonly HashSet<string> _starterSet;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _starters;

    private BoundaryRules(AbbreviationTable abbreviations, HashSet<string> starters, SentenceSplitterOptions options)
    {
        Abbreviations = abbreviations;
        _starterSet = starters;
        _starters = starters.GetAlternateLookup<ReadOnlySpan<char>>();
        Options = options;
    }

    public AbbreviationTable Abbreviations { get; }

    public SentenceSplitterOptions Options { get; }

    /// <summary>Whether <paramref name="word"/> typically starts a sentence ("The", "He", "But"); case-sensitive.</summary>
    public bool IsStarter(ReadOnlySpan<char> word) => _starters.Contains(word);

    public BoundaryRules WithOptions(SentenceSplitterOptions options) => new(Abbreviations, _starterSet, options);

    public static BoundaryRules? Load(DataSource source, SentenceSplitterOptions options, List<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count;
        var abbreviationText = source.Read(AbbreviationTable.FileName, diagnostics);
        var abbreviations = abbreviationText is null ? null
            : AbbreviationTable.Parse(abbreviationText, source.DisplayName(AbbreviationTable.FileName), diagnostics);
        var starterText = source.Read(SentenceSplitter.StarterFile, diagnostics);
        var starters = starterText is null ? null : ParseStarters(starterText, source.DisplayName(SentenceSplitter.StarterFile), diagnostics);
        if (diagnostics.Count != errors || abbreviations is null || starters is null)
            return null;
        return new BoundaryRules(abbreviations, starters, options);
    }

    private static HashSet<string> ParseStarters(string content, string file, List<Diagnostic> diagnostics)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in WordListFile.Parse(content))
        {
            if (e.Fields.Length != 1 || !char.IsUpper(e.Fields[0][0]))
                diagnostics.Add(WordListFile.Error(file, e, $"expected one capitalized word; got '{string.Join(' ', e.Fields)}'"));
            else if (WordListFile.CheckDuplicate(seen, e.Fields[0], file, e, diagnostics))
                set.Add(e.Fields[0]);
        }
        return set;
    }
}
