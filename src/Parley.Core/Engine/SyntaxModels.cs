using Parley.Diagnostics;
using Parley.Entities;
using Parley.Lemmatization;
using Parley.Parsing;
using Parley.Pipeline;
using Parley.Tagging;

namespace Parley.Engine;

/// <summary>
/// Where the syntax models are: a models folder laid out as the repository's <c>models/</c>, optionally with
/// the tagger or parser file taken from elsewhere. This is the one place that loads the syntax stages, for the
/// engine and for the syntax commands alike.
/// </summary>
/// <param name="ModelsDirectory">The models folder (null: <c>models/</c> next to the binary).</param>
/// <param name="TaggerFile">The tagger model file (null: <c>tagger/</c> in the models folder).</param>
/// <param name="ParserFile">The parser model file (null: <c>parser/</c> in the models folder).</param>
public sealed record SyntaxModels(string? ModelsDirectory, string? TaggerFile = null, string? ParserFile = null)
{
    private string Folder => ModelDirectory.Resolve(ModelsDirectory);

    /// <summary>The tagger model file to load.</summary>
    public string TaggerPath => TaggerFile ?? Path.Combine(Folder, "tagger", TaggerModelFile.DefaultName);

    /// <summary>The parser model file to load.</summary>
    public string ParserPath => ParserFile ?? Path.Combine(Folder, "parser", DependencyParser.DefaultFileName);

    /// <summary>True when a tagger file was named or exists in the models folder.</summary>
    public bool HasTagger => TaggerFile is not null || File.Exists(TaggerPath);

    /// <summary>
    /// The tagger (unless <paramref name="withTagger"/> is false, for scoring with gold tags), lemmatizer,
    /// parser and named-entity stages in pipeline order; null with diagnostics when a model is missing or invalid.
    /// </summary>
    public IReadOnlyList<IPipelineStage>? LoadStages(bool withTagger, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var errorsBefore = diagnostics.Count(d => d.Severity == Severity.Error);
        var tagger = withTagger ? TaggerModelFile.Load(TaggerPath, diagnostics) : null;
        var lemmas = LemmaTablesFile.Load(Path.Combine(Folder, "lemmatizer"), diagnostics);
        var parser = DependencyParser.Load(ParserPath, out var parserError);
        if (parserError is not null)
            diagnostics.Add(parserError);
        var ner = NerModelFile.Load(Path.Combine(Folder, "ner", NerModelFile.DefaultName), Path.Combine(Folder, "ner"), diagnostics);
        if ((withTagger && tagger is null) || lemmas is null || parser is null || ner is null
            || diagnostics.Count(d => d.Severity == Severity.Error) > errorsBefore)
            return null;
        var stages = new List<IPipelineStage>();
        if (tagger is not null)
            stages.Add(new Tagger(tagger));
        stages.AddRange([new Lemmatizer(lemmas), parser, new EntityRecognizer(ner)]);
        return stages;
    }
}
