using System.CommandLine;
using Parley.Diagnostics;
using Parley.Evaluation;
using Parley.Lemmatization;
using Parley.Pipeline;
using Parley.Tagging;
using Parley.Training;

namespace Parley.Cli.Commands;

/// <summary><c>parley train lemmatizer --train FILE… --out DIR [--dev FILE…] [--tagger MODEL]</c>.</summary>
internal static class TrainLemmatizerCommand
{
    public static Command Create()
    {
        var train = new Option<string[]>("--train") { Description = "CoNLL-U files with gold tags and lemmas", Required = true, AllowMultipleArgumentsPerToken = true };
        var dev = new Option<string[]>("--dev") { Description = "CoNLL-U files to score the tables on", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "Directory for en-rules.tsv and en-exceptions.tsv", Required = true };
        var tagger = new Option<string>("--tagger") { Description = "Tagger model: also score with predicted tags" };
        var command = new Command("lemmatizer", "Learn the lemmatizer's suffix rules and exception table from UD treebanks.") { train, dev, output, tagger };
        command.SetAction(parse =>
        {
            var (stdout, stderr) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var diagnostics = new List<Diagnostic>();
            var files = parse.GetValue(train)!;
            var corpus = TaggingCorpus.Read(files, diagnostics);
            if (TrainCommand.Report(diagnostics, stderr) || corpus.Sentences.Count == 0)
                return CliApp.BadInput;
            var tables = TaggingLemmas.Learn(corpus);
            var dir = parse.GetValue(output)!;
            LemmaTablesFile.Save(tables, dir, Source(files));
            var loaded = LemmaTablesFile.Load(dir, diagnostics);
            var taggerModel = parse.GetValue(tagger) is { } path ? TaggerModelFile.Load(path, diagnostics) : null;
            if (TrainCommand.Report(diagnostics, stderr) || loaded is null)
                return CliApp.BadInput;
            stderr.WriteLine($"wrote {dir}: {loaded.Rules.Count} rules, {loaded.Exceptions.Count} exceptions");
            foreach (var file in parse.GetValue(dev) ?? [])
            {
                var name = Path.GetFileName(file);
                var gold = TaggingEvaluation.Score(TaggingCorpus.Read([file], diagnostics).Documents, [new Lemmatizer(loaded)]);
                stdout.WriteLine($"{name} gold tags: lemmas {gold.Lemmas:F2}");
                if (taggerModel is null)
                    continue;
                IPipelineStage[] stages = [new Tagger(taggerModel), new Lemmatizer(loaded)];
                stdout.WriteLine($"{name} predicted tags: {TaggingEvaluation.Score(TaggingCorpus.Read([file], diagnostics).Documents, stages)}");
            }
            return TrainCommand.Report(diagnostics, stderr) ? CliApp.BadInput : CliApp.Success;
        });
        return command;
    }

    private static IEnumerable<string> Source(IEnumerable<string> files) =>
    [
        "Learned by `parley train lemmatizer` from these Universal Dependencies treebanks (gold lemmas):",
        .. files.Select(f => "  " + Path.GetFileName(f)),
        "UD English EWT: CC BY-SA 4.0 (Silveira et al. 2014; Universal Dependencies). UD English GUM: CC BY 4.0",
        "annotations (Zeldes 2017). Derived data: CC BY-SA 4.0. See NOTICE.md.",
    ];
}
