using System.CommandLine;
using Parley.Diagnostics;
using Parley.Engine;
using Parley.Parsing;
using Parley.Pipeline;
using Parley.Tagging;

namespace Parley.Cli.Commands;

/// <summary>
/// The <c>--models</c>, <c>--tagger-model</c> and <c>--parser-model</c> options of the syntax commands; the
/// stages are loaded by <see cref="SyntaxModels"/>, as for the engine. Models are found by default under
/// <c>models/</c> next to the parley binary.
/// </summary>
internal sealed class SyntaxModelOptions
{
    public Option<string?> Models { get; } = new("--models")
    {
        Description = "Folder of the trained models, laid out as the repository's models/ (default: models/ next to the binary)",
        HelpName = "DIR",
    };

    public Option<string?> TaggerModel { get; } = new("--tagger-model")
    {
        Description = $"Tagger model file (default: models/tagger/{TaggerModelFile.DefaultName} next to the binary)",
        HelpName = "FILE",
    };

    public Option<string?> ParserModel { get; } = new("--parser-model")
    {
        Description = $"Parser model file (default: models/parser/{DependencyParser.DefaultFileName} next to the binary)",
        HelpName = "FILE",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Models);
        command.Options.Add(TaggerModel);
        command.Options.Add(ParserModel);
    }

    /// <summary>The model files the options name.</summary>
    public SyntaxModels Files(ParseResult result) =>
        new(result.GetValue(Models), result.GetValue(TaggerModel), result.GetValue(ParserModel));

    /// <summary>
    /// The tagger (unless <paramref name="goldTags"/>), lemmatizer, parser and named-entity stages, in pipeline
    /// order; null when a model is missing or invalid (reported on <paramref name="stderr"/>).
    /// </summary>
    public IReadOnlyList<IPipelineStage>? LoadStages(ParseResult result, bool goldTags, TextWriter stderr)
    {
        var diagnostics = new List<Diagnostic>();
        var stages = Files(result).LoadStages(withTagger: !goldTags, diagnostics);
        foreach (var d in diagnostics)
            stderr.WriteLine(d);
        return stages;
    }
}
