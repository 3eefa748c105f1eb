using Parley.Diagnostics;
using Parley.Documents;
using Parley.Pipeline;
using Parley.Tokenization;

namespace Parley.Segmentation;

/// <summary>
/// Groups tokens into sentences. Blank lines always end a sentence and start a paragraph
/// (<see cref="SentenceData.StartsParagraph"/>); sentence-final punctuation ends one together with the closing
/// quotes, brackets and emoticons that follow it, unless a lower-case word follows an ellipsis or a closing
/// quote; a list marker ("1.") opens its sentence; abbreviations from
/// <c>data/segmentation/abbreviations.txt</c> end one only before a typical sentence starter
/// (<c>data/segmentation/sentence-starters.txt</c>); single line breaks are governed by
/// <see cref="SentenceSplitterOptions.SplitAtLineBreaks"/>. Immutable and thread-safe.
/// </summary>
public sealed class SentenceSplitter : IPipelineStage
{
    private static readonly Lazy<SentenceSplitter> DefaultInstance = new(() => Load(DataSource.Embedded, SentenceSplitterOptions.Default).GetValueOrThrow());
    private readonly BoundaryRules _rules;

    private SentenceSplitter(BoundaryRules rules) => _rules = rules;

    /// <summary>The splitter built from the data files shipped inside Parley.Core, with default options.</summary>
    public static SentenceSplitter Default => DefaultInstance.Value;

    /// <summary>The settings in use.</summary>
    public SentenceSplitterOptions Options => _rules.Options;

    /// <summary>Builds a splitter from <c>segmentation/abbreviations.txt</c> and <c>segmentation/sentence-starters.txt</c> under <paramref name="dataDir"/>.</summary>
    public static DataLoadResult<SentenceSplitter> Load(string dataDir, SentenceSplitterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataDir);
        return Load(DataSource.Directory(dataDir), options ?? SentenceSplitterOptions.Default);
    }

    internal static DataLoadResult<SentenceSplitter> Load(DataSource source, SentenceSplitterOptions options)
    {
        var diagnostics = new List<Diagnostic>();
        var rules = BoundaryRules.Load(source, options, diagnostics);
        return new(rules is null ? null : new SentenceSplitter(rules), diagnostics);
    }

    /// <summary>A splitter with the same data and other settings.</summary>
    public SentenceSplitter WithOptions(SentenceSplitterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(_rules.WithOptions(options));
    }

    /// <inheritdoc />
    public string Name => "split-sentences";

    /// <inheritdoc />
    public Annotations Requires => Annotations.Tokens;

    /// <inheritdoc />
    public Annotations Assigns => Annotations.Sentences;

    /// <summary>Splits the tokens of <paramref name="text"/> into sentences covering every token once, in order.</summary>
    public SentenceData[] Split(string text, ReadOnlySpan<TokenData> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new SentenceScanner(text, tokens, _rules).Run();
    }

    /// <inheritdoc />
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.SetSentences(Split(document.Text, document.Tokens));
    }
}
