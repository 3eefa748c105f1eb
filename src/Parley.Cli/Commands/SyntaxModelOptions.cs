using System.CommandLine;
using Parley.Diagnostics;
using Parley.Parsing;
using Parley.Pipeline;
using Parley.Tagging;

namespace Parley.Cli.Commands;

/// <summary>
/// The <c>--tagger-model</c> and <c>--parser-model</c> options of the syntax commands, and the stages they load.
/// Models are found by default under <c>models/</c> next to the parley binary.
/// </summary>
internal sealed class SyntaxModelOptions
{
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

    public static string DefaultPath(string folder, string file) => Path.Combine(AppContext.BaseDirectory, "models", folder, file);

    public void AddTo(Command command)
    {
        command.Options.Add(TaggerModel);
        command.Options.Add(ParserModel);
    }

    /// <summary>True when a tagger model was named or exists at the default place.</summary>
    public bool HasTagger(ParseResult result) =>
        result.GetValue(TaggerModel) is not null || File.Exists(DefaultPath("tagger", TaggerModelFile.DefaultName));

    /// <summary>Loads the tagger, or reports why not and returns null.</summary>
    public Tagger? LoadTagger(ParseResult result, TextWriter stderr)
    {
        var diagnostics = new List<Diagnostic>();
        var model = TaggerModelFile.Load(result.GetValue(TaggerModel) ?? DefaultPath("tagger", TaggerModelFile.DefaultName), diagnostics);
        foreach (var d in diagnostics)
            stderr.WriteLine(d);
        return model is null ? null : new Tagger(model);
    }

    /// <summary>Loads the parser, or reports why not and returns null.</summary>
    public DependencyParser? LoadParser(ParseResult result, TextWriter stderr)
    {
        var parser = DependencyParser.Load(result.GetValue(ParserModel) ?? DefaultPath("parser", DependencyParser.DefaultFileName), out var error);
        if (error is not null)
            stderr.WriteLine(error);
        return parser;
    }

    /// <summary>The tagger (unless <paramref name="goldTags"/>) and the parser; null when a model is missing.</summary>
    public List<IPipelineStage>? LoadStages(ParseResult result, bool goldTags, TextWriter stderr)
    {
        var stages = new List<IPipelineStage>();
        if (!goldTags)
        {
            if (LoadTagger(result, stderr) is not { } tagger)
                return null;
            stages.Add(tagger);
        }
        if (LoadParser(result, stderr) is not { } parser)
            return null;
        stages.Add(parser);
        return stages;
    }
}
