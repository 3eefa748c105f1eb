using System.CommandLine;
using Parley.Diagnostics;
using Parley.Evaluation;
using Parley.Parsing;
using Parley.Training;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley train parser --train FILE… [--dev FILE…] --out FILE [--epochs N] [--seed N] [--tag-noise P]
/// [--prune W] [--min-lifted N] [--jackknife K [--jackknife-extra FILE…] [--jackknife-gold] [--tagged-out FILE]]</c>: trains the dependency
/// parser on gold words and trees with gold or jackknifed tags (<see cref="ParserJackknifeOptions"/>), reports dev
/// UAS/LAS after every epoch (stderr) and the scores of the written model, reloaded, on each dev file (stdout).
/// </summary>
internal static class TrainParserCommand
{
    public static Command Create()
    {
        var defaults = new ParsingTrainerOptions();
        var train = new Option<string[]>("--train") { Description = "CoNLL-U training files (.conllu or .conllu.gz)", Required = true, AllowMultipleArgumentsPerToken = true };
        var dev = new Option<string[]>("--dev") { Description = "CoNLL-U files to score on (the first after every epoch)", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "Model file to write", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Training passes", DefaultValueFactory = _ => defaults.Epochs };
        var seed = new Option<int>("--seed") { Description = "Seed of shuffling, exploration and tag noise", DefaultValueFactory = _ => defaults.Seed };
        var noise = new Option<double>("--tag-noise") { Description = "Chance of giving a word another tag seen with it (simulated tagging errors)", DefaultValueFactory = _ => defaults.TagNoise };
        var prune = new Option<float>("--prune") { Description = "Drop features whose averaged weights are all at most this", DefaultValueFactory = _ => defaults.Prune };
        var minLifted = new Option<int>("--min-lifted") { Description = "Lift-decorated relations seen fewer times keep their plain relation (each tree counts twice with --jackknife-gold)", DefaultValueFactory = _ => defaults.MinLiftedLabel };
        var jackknife = new ParserJackknifeOptions();
        var command = new Command("parser", "Train the dependency parser on UD treebanks.") { train, dev, output, epochs, seed, noise, prune, minLifted };
        jackknife.AddTo(command);
        command.SetAction(parse =>
        {
            var (stdout, stderr) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var diagnostics = new List<Diagnostic>();
            var corpus = TaggingCorpus.Read(parse.GetValue(train)!, diagnostics);
            var devDocs = parse.GetValue(dev) is { Length: > 0 } devFiles ? TaggingCorpus.Read([devFiles[0]], diagnostics).Documents : null;
            if (TrainCommand.Report(diagnostics, stderr))
                return CliApp.BadInput;
            if (corpus.Sentences.Count == 0)
            {
                stderr.WriteLine(Diagnostic.Create(Messages.TrainingDataEmpty, Location.None, string.Join(' ', parse.GetValue(train)!)));
                return CliApp.BadInput;
            }
            var options = defaults with
            {
                Epochs = parse.GetValue(epochs), Seed = parse.GetValue(seed), TagNoise = parse.GetValue(noise), Prune = parse.GetValue(prune),
                MinLiftedLabel = parse.GetValue(minLifted),
            };
            var trainDocs = jackknife.TrainingDocuments(parse, parse.GetValue(train)!, corpus.Documents, diagnostics, stderr);
            if (trainDocs is null)
            {
                TrainCommand.Report(diagnostics, stderr);
                return CliApp.BadInput;
            }
            var parser = ParserTraining.Train(trainDocs, devDocs, options, stderr);
            var path = parse.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using (var file = File.Create(path))
                parser.Save(file);
            var loaded = DependencyParser.Load(path, out var error);
            if (loaded is null)
            {
                stderr.WriteLine(error);
                return CliApp.BadInput;
            }
            stderr.WriteLine($"wrote {path}: {loaded.FeatureCounts.Moves} move and {loaded.FeatureCounts.Labels} label features, {loaded.LabelCount} labels, {new FileInfo(path).Length / 1024} KiB");
            foreach (var file in parse.GetValue(dev) ?? [])
            {
                var gold = TaggingCorpus.Read([file], diagnostics).Documents;
                var scores = SyntaxEvaluator.Evaluate(gold, [loaded]);
                stdout.WriteLine($"{Path.GetFileName(file)} (gold tags): UAS {scores.Uas * 100:F2} LAS {scores.Las * 100:F2}");
            }
            return TrainCommand.Report(diagnostics, stderr) ? CliApp.BadInput : CliApp.Success;
        });
        return command;
    }
}
