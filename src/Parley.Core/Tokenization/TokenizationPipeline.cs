using Parley.Diagnostics;
using Parley.Pipeline;
using Parley.Segmentation;

namespace Parley.Tokenization;

/// <summary>The tokenize-and-split front of every Parley pipeline.</summary>
public static class TokenizationPipeline
{
    private static readonly Lazy<DocumentPipeline> DefaultInstance = new(() => new PipelineBuilder().AddTokenization().Build());

    /// <summary>A pipeline of <see cref="Tokenizer.Default"/> then <see cref="SentenceSplitter.Default"/>.</summary>
    public static DocumentPipeline Default => DefaultInstance.Value;

    /// <summary>Appends <see cref="Tokenizer.Default"/> and <see cref="SentenceSplitter.Default"/> to <paramref name="builder"/>.</summary>
    public static PipelineBuilder AddTokenization(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(Tokenizer.Default).Add(SentenceSplitter.Default);
    }

    /// <summary>Builds the tokenize-and-split pipeline from the files under <paramref name="dataDir"/>.</summary>
    public static DataLoadResult<DocumentPipeline> Load(string dataDir, SentenceSplitterOptions? options = null)
    {
        var tokenizer = Tokenizer.Load(dataDir);
        var splitter = SentenceSplitter.Load(dataDir, options);
        // Both stages read the abbreviation file; report each problem once.
        List<Diagnostic> diagnostics = [.. tokenizer.Diagnostics.Concat(splitter.Diagnostics).Distinct()];
        if (tokenizer.Value is null || splitter.Value is null)
            return new(null, diagnostics);
        return new(new PipelineBuilder().Add(tokenizer.Value).Add(splitter.Value).Build(), diagnostics);
    }
}
