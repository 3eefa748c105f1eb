using System.CommandLine;
using Parley.Diagnostics;
using Parley.Evaluation;
using Parley.Reading.Conllu;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley eval-syntax [--treebank FILE] [--gold-tags] [--tagger-model FILE] [--parser-model FILE]</c>: runs
/// the tagger, lemmatizer and parser over a treebank's gold words and prints UPOS, XPOS, lemma accuracy, UAS and
/// LAS (stdout).
/// </summary>
internal static class EvalSyntaxCommand
{
    /// <summary>The default treebank, under the shared data folder beside the repository.</summary>
    public const string DefaultTreebank = "ud-english-ewt/en_ewt-ud-test.conllu.gz";

    public static Command Create()
    {
        var treebank = new Option<string?>("--treebank") { Description = $"CoNLL-U file (.conllu or .conllu.gz) with gold words and trees (default: ../shared/data/{DefaultTreebank})", HelpName = "FILE" };
        var goldTags = new Option<bool>("--gold-tags") { Description = "Parse with the treebank's gold tags instead of the tagger's (the default when no tagger model is found)" };
        var models = new SyntaxModelOptions();
        var command = new Command("eval-syntax", "Score the tagger, lemmatizer and parser against a treebank, word for word (gold words and sentences).") { treebank, goldTags };
        models.AddTo(command);
        command.SetAction(parse =>
        {
            var (stdout, stderr) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var path = parse.GetValue(treebank) ?? FindShared(DefaultTreebank);
            if (path is null || !File.Exists(path))
            {
                stderr.WriteLine(Diagnostic.Create(Messages.SyntaxTreebankMissing, new Location(path), path ?? "../shared/data/" + DefaultTreebank));
                return CliApp.BadInput;
            }
            var useGold = parse.GetValue(goldTags) || !models.Files(parse).HasTagger;
            if (models.LoadStages(parse, useGold, stderr) is not { } stages)
                return CliApp.BadInput;
            var diagnostics = new List<Diagnostic>();
            var gold = ConlluReader.ReadFile(path, diagnostics).ToList();
            if (TrainCommand.Report(diagnostics, stderr))
                return CliApp.BadInput;
            var scores = SyntaxEvaluator.Evaluate(gold, stages);
            if (scores.Words == 0)
            {
                stderr.WriteLine(Diagnostic.Create(Messages.SyntaxTreebankEmpty, new Location(path), path));
                return CliApp.BadInput;
            }
            stdout.WriteLine($"treebank  {Path.GetFileName(path)} ({(useGold ? "gold tags" : "predicted tags")})");
            foreach (var line in scores.Lines())
                stdout.WriteLine(line);
            stdout.WriteLine($"non-projective: {SyntaxProjectivity.Measure(gold)}");
            return CliApp.Success;
        });
        return command;
    }

    /// <summary>The first <c>shared/data/<paramref name="relative"/></c> found above the working or binary folder.</summary>
    public static string? FindShared(string relative)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (Path.Combine(dir.FullName, "shared", "data", relative) is var candidate && File.Exists(candidate))
                    return candidate;
        return null;
    }
}
