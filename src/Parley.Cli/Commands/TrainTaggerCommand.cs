using System.CommandLine;
using Parley.Diagnostics;
using Parley.Evaluation;
using Parley.Tagging;
using Parley.Training;

namespace Parley.Cli.Commands;

/// <summary><c>parley train tagger --train FILE… --dev FILE --out FILE [--epochs N] [--seed N] [--dictionary-folds N] [--stack-folds N]</c>.</summary>
internal static class TrainTaggerCommand
{
    public static Command Create()
    {
        var train = new Option<string[]>("--train") { Description = "CoNLL-U training files (.conllu or .conllu.gz)", Required = true, AllowMultipleArgumentsPerToken = true };
        var dev = new Option<string[]>("--dev") { Description = "CoNLL-U files to score the trained model on", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "Model file to write", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Training passes", DefaultValueFactory = _ => 8 };
        var seed = new Option<int>("--seed") { Description = "Shuffle seed", DefaultValueFactory = _ => 1 };
        var folds = new Option<int>("--dictionary-folds") { Description = "Build each training sentence's dictionary features without its fold of sentences (0: off)", DefaultValueFactory = _ => 10 };
        var prune = new Option<float>("--prune") { Description = "Drop features whose averaged weights are all below this", DefaultValueFactory = _ => 0.05f };
        var stack = new Option<int>("--stack-folds") { Description = "Train a second pass on the first pass's classes, jackknifed over this many folds of documents (0: one pass)", DefaultValueFactory = _ => 0 };
        var command = new Command("tagger", "Train the part-of-speech tagger on UD treebanks.") { train, dev, output, epochs, seed, prune, folds, stack };
        command.SetAction(parse =>
        {
            var (stdout, stderr) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var diagnostics = new List<Diagnostic>();
            var corpus = TaggingCorpus.Read(parse.GetValue(train)!, diagnostics);
            if (TrainCommand.Report(diagnostics, stderr))
                return CliApp.BadInput;
            if (corpus.Sentences.Count == 0)
            {
                stderr.WriteLine(Diagnostic.Create(Messages.TrainingDataEmpty, Location.None, string.Join(' ', parse.GetValue(train)!)));
                return CliApp.BadInput;
            }
            stderr.WriteLine($"training on {corpus.Sentences.Count} sentences, {corpus.WordCount} words");
            var options = new TaggingTrainingOptions(parse.GetValue(epochs), parse.GetValue(seed), parse.GetValue(prune), DictionaryFolds: parse.GetValue(folds), StackFolds: parse.GetValue(stack));
            var model = TaggingTrainer.Train(corpus, options, (e, acc) => stderr.WriteLine(Diagnostic.Create(Messages.TrainingEpoch, Location.None, e, acc)));
            var path = parse.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            TaggerModelFile.Save(model, path);
            var loaded = TaggerModelFile.Load(path, diagnostics);
            if (TrainCommand.Report(diagnostics, stderr) || loaded is null)
                return CliApp.BadInput;
            stderr.WriteLine($"wrote {path}: {loaded.Tags.Count} classes, {loaded.Perceptron.FeatureCount} + {loaded.Stacked?.FeatureCount ?? 0} features, {new FileInfo(path).Length / 1024} KiB");
            foreach (var file in parse.GetValue(dev) ?? [])
            {
                var gold = TaggingCorpus.Read([file], diagnostics);
                stdout.WriteLine($"{Path.GetFileName(file)}: {TaggingEvaluation.Score(gold.Documents, [new Tagger(loaded)])}");
                if (loaded.Stacked is not null)
                {
                    // Scoring tags the documents in place: read the gold tags again.
                    var again = TaggingCorpus.Read([file], diagnostics);
                    var firstOnly = new TaggerModel(loaded.Tags, loaded.Dictionary, loaded.Feats, loaded.Perceptron);
                    stdout.WriteLine($"{Path.GetFileName(file)}, first pass only: {TaggingEvaluation.Score(again.Documents, [new Tagger(firstOnly)])}");
                }
            }
            return TrainCommand.Report(diagnostics, stderr) ? CliApp.BadInput : CliApp.Success;
        });
        return command;
    }
}
