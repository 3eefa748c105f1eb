using System.CommandLine;
using Parley.Diagnostics;
using Parley.Evaluation;
using Parley.Pipeline;
using Parley.Segmentation;
using Parley.Tokenization;

namespace Parley.Cli.Commands;

/// <summary>`parley eval-tokenize`: scores tokenization and sentence splitting against a CoNLL-U treebank.</summary>
internal static class EvalTokenizeCommand
{
    public static Command Create()
    {
        var treebank = new Option<FileInfo>("--treebank") { Description = "CoNLL-U file (.conllu or .conllu.gz) with '# text' lines", Required = true };
        var layout = new Option<string>("--layout")
        {
            Description = "how raw text is rebuilt: 'blank-line' (paragraphs separated by a blank line), 'lines' (one line per paragraph) or 'spaces' (no line breaks)",
            DefaultValueFactory = _ => "blank-line",
        };
        layout.AcceptOnlyFromAmong("blank-line", "lines", "spaces");
        var data = new Option<DirectoryInfo?>("--data") { Description = "data directory to load the tokenizer and splitter from (default: the built-in data)" };
        var noLineBreaks = new Option<bool>("--no-line-breaks") { Description = "single line breaks do not end sentences" };
        var errors = new Option<int>("--errors") { Description = "also list up to N differences of each kind on stderr, with context", DefaultValueFactory = _ => 0 };
        var command = new Command("eval-tokenize", "Score tokenization and sentence splitting against a treebank (precision, recall, F1 over character spans).");
        command.Options.Add(treebank);
        command.Options.Add(layout);
        command.Options.Add(data);
        command.Options.Add(noLineBreaks);
        command.Options.Add(errors);
        command.SetAction(parse => Run(parse.GetValue(treebank)!, ParseLayout(parse.GetValue(layout)), parse.GetValue(data),
            new SentenceSplitterOptions(SplitAtLineBreaks: !parse.GetValue(noLineBreaks)), Math.Max(0, parse.GetValue(errors)), parse.InvocationConfiguration));
        return command;
    }

    private static TokenizationTextLayout ParseLayout(string? value) => value switch
    {
        "lines" => TokenizationTextLayout.LineParagraphs,
        "spaces" => TokenizationTextLayout.SpacesOnly,
        _ => TokenizationTextLayout.BlankLineParagraphs,
    };

    private static int Run(FileInfo file, TokenizationTextLayout layout, DirectoryInfo? data, SentenceSplitterOptions options, int errors, InvocationConfiguration io)
    {
        var pipeline = BuildPipeline(data, options, io.Error);
        if (pipeline is null)
            return CliApp.BadInput;
        var (gold, diagnostics) = TokenizationTreebank.Load(file.FullName, layout);
        foreach (var d in diagnostics)
            io.Error.WriteLine(d);
        if (gold is null)
            return CliApp.BadInput;
        var system = TokenizationEvaluator.Run(gold, pipeline);
        var scores = TokenizationEvaluator.Score(gold, system);
        io.Output.WriteLine($"treebank   {file.Name} ({scores.Characters:N0} characters, layout {layout}, skipped sentences {gold.SkippedSentences})");
        io.Output.WriteLine($"words      {scores.Words}");
        io.Output.WriteLine($"sentences  {scores.Sentences}");
        foreach (var line in errors > 0 ? TokenizationErrors.Describe(gold, system, errors) : [])
            io.Error.WriteLine(line);
        return CliApp.Success;
    }

    private static DocumentPipeline? BuildPipeline(DirectoryInfo? data, SentenceSplitterOptions options, TextWriter error)
    {
        if (data is null)
            return new PipelineBuilder().Add(Tokenizer.Default).Add(SentenceSplitter.Default.WithOptions(options)).Build();
        var loaded = TokenizationPipeline.Load(data.FullName, options);
        foreach (Diagnostic d in loaded.Diagnostics)
            error.WriteLine(d);
        return loaded.Value;
    }
}
