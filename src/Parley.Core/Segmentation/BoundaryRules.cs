using Parley.Diagnostics;
using Parley.Tokenization;

namespace Parley.Segmentation;

/// <summary>The splitter's data (abbreviations, sentence starters) and options. Immutable.</summary>
internal sealed class BoundaryRules(AbbreviationTable abbreviations, SentenceStarters starters, SentenceSplitterOptions options)
{
    public AbbreviationTable Abbreviations { get; } = abbreviations;

    public SentenceStarters Starters { get; } = starters;

    public SentenceSplitterOptions Options { get; } = options;

    public BoundaryRules WithOptions(SentenceSplitterOptions newOptions) => new(Abbreviations, Starters, newOptions);

    public static BoundaryRules? Load(DataSource source, SentenceSplitterOptions options, List<Diagnostic> diagnostics)
    {
        var abbreviations = AbbreviationTable.Load(source, diagnostics);
        var starters = SentenceStarters.Load(source, diagnostics);
        return abbreviations is null || starters is null ? null : new BoundaryRules(abbreviations, starters, options);
    }
}
