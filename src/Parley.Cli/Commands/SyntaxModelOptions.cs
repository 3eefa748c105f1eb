using System.CommandLine;
using Parley.Diagnostics;
using Parley.Entities;
using Parley.Lemmatization;
using Parley.Parsing;
using Parley.Pipeline;
using Parley.Tagging;

namespace Parley.Cli.Commands;

/// <summary>
/// The <c>--models</c>, <c>--tagger-model</c> and <c>--parser-model</c> options of the syntax commands, and the
/// stages they load: tagger, lemmatizer, parser, named entities. Models are found by default under
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

    private string ModelPath(ParseResult result, string folder, string file) =>
        Path.Combine(ModelDirectory.Resolve(result.GetValue(Models)), folder, file);

    public void AddTo(Command command)
    {
        command.Options.Add(Models);
        command.Options.Add(TaggerModel);
        command.Options.Add(ParserModel);
    }

    /// <summary>True when a tagger model was named or exists at the default place.</summary>
    public bool HasTagger(ParseResult result) =>
        result.GetValue(TaggerModel) is not null || File.Exists(ModelPath(result, "tagger", TaggerModelFile.DefaultName));

    /// <summary>Loads the tagger, or reports why not and returns null.</summary>
    public Tagger? LoadTagger(ParseResult result, TextWriter stderr)
    {
        var diagnostics = new List<Diagnostic>();
        var model = TaggerModelFile.Load(result.GetValue(TaggerModel) ?? ModelPath(result, "tagger", TaggerModelFile.DefaultName), diagnostics);
        foreach (var d in diagnostics)
            stderr.WriteLine(d);
        return model is null ? null : new Tagger(model);
    }

    /// <summary>Loads the parser, or reports why not and returns null.</summary>
    public DependencyParser? LoadParser(ParseResult result, TextWriter stderr)
    {
        var parser = DependencyParser.Load(result.GetValue(ParserModel) ?? ModelPath(result, "parser", DependencyParser.DefaultFileName), out var error);
        if (error is not null)
            stderr.WriteLine(error);
        return parser;
    }

    /// <summary>
    /// The tagger (unless <paramref name="goldTags"/>), lemmatizer, parser and named-entity stages, in pipeline
    /// order; null when a model is missing or invalid (reported on <paramref name="stderr"/>).
    /// </summary>
    public List<IPipelineStage>? LoadStages(ParseResult result, bool goldTags, TextWriter stderr)
    {
        var stages = new List<IPipelineStage>();
        if (!goldTags)
        {
            if (LoadTagger(result, stderr) is not { } tagger)
                return null;
            stages.Add(tagger);
        }
        var diagnostics = new List<Diagnostic>();
        var dir = ModelDirectory.Resolve(result.GetValue(Models));
        var lemmas = LemmaTablesFile.Load(Path.Combine(dir, "lemmatizer"), diagnostics);
        var ner = NerModelFile.Load(Path.Combine(dir, "ner", NerModelFile.DefaultName), Path.Combine(dir, "ner"), diagnostics);
        foreach (var d in diagnostics)
            stderr.WriteLine(d);
        if (LoadParser(result, stderr) is not { } parser || lemmas is null || ner is null || diagnostics.Any(d => d.Severity == Severity.Error))
            return null;
        stages.Add(new Lemmatizer(lemmas));
        stages.Add(parser);
        stages.Add(new EntityRecognizer(ner));
        return stages;
    }
}
