using Parley.Diagnostics;
using Parley.Pipeline;
using Parley.Tokenization;

namespace Parley.Engine;

/// <summary>Loads the trained models and the knowledge and builds a <see cref="ParleyEngine"/>.</summary>
public static class EngineLoader
{
    /// <summary>
    /// The syntax stages from a models folder (null: <c>models/</c> next to the binary): tagger, lemmatizer,
    /// dependency parser, named entities — or null with diagnostics when a model is missing or invalid.
    /// </summary>
    public static IReadOnlyList<IPipelineStage>? LoadSyntax(string? modelsDirectory, List<Diagnostic> diagnostics) =>
        new SyntaxModels(modelsDirectory).LoadStages(withTagger: true, diagnostics);

    /// <summary>Loads everything; returns null with diagnostics when something required failed.</summary>
    public static ParleyEngine? Load(EngineOptions options, string? modelsDirectory, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Tokenizer and splitter data come from the same data folder as the rest, so edits there take effect.
        var tokenization = TokenizationPipeline.Load(options.DataRoot);
        diagnostics.AddRange(tokenization.Diagnostics);
        var syntax = LoadSyntax(modelsDirectory, diagnostics);
        var knowledge = EventKnowledge.Load(options, diagnostics);
        return tokenization.Value is null || syntax is null || knowledge is null
            ? null : ParleyEngine.Create(tokenization.Value, syntax, knowledge, options);
    }
}
