using System.CommandLine;
using Parley.Diagnostics;
using Parley.Documents;
using Parley.Entities;
using Parley.Evaluation;
using Parley.Tagging;
using Parley.Training;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley train ner --train FILE… --tagger MODEL --gazetteer DIR --type-map FILE --out FILE [--dev FILE…]</c>:
/// tags the training text with the tagger, trains the recognizer and scores it on the dev files (exact span).
/// </summary>
internal static class TrainNerCommand
{
    public static Command Create()
    {
        var train = new Option<string[]>("--train") { Description = "NER files (.iob2, CoNLL columns, .conllu with NER=, or folders of them)", Required = true, AllowMultipleArgumentsPerToken = true };
        var dev = new Option<string[]>("--dev") { Description = "Held-out NER files to score the model on", AllowMultipleArgumentsPerToken = true };
        var tagger = new Option<string>("--tagger") { Description = "Tagger model giving the predicted tags", Required = true };
        var gazetteer = new Option<string>("--gazetteer") { Description = "Folder of gazetteer-*.tsv files (from `parley train gazetteer`)", Required = true };
        var typeMap = new Option<string>("--type-map") { Description = "Label-to-type map (data/ner/type-map.tsv)", Required = true };
        var output = new Option<string>("--out") { Description = "Model file to write", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Training passes", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Shuffle seed", DefaultValueFactory = _ => 1 };
        var command = new Command("ner", "Train the named-entity recognizer.") { train, dev, tagger, gazetteer, typeMap, output, epochs, seed };
        command.SetAction(parse =>
        {
            var (stdout, stderr) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var diagnostics = new List<Diagnostic>();
            var map = NerTypeMap.Load(parse.GetValue(typeMap)!, diagnostics);
            var taggerModel = TaggerModelFile.Load(parse.GetValue(tagger)!, diagnostics);
            var gaz = GazetteerFile.LoadDirectory(parse.GetValue(gazetteer)!, diagnostics);
            var docs = parse.GetValue(train)!.SelectMany(f => NerCorpus.Read(f, map, diagnostics)).ToList();
            if (TrainCommand.Report(diagnostics, stderr) || taggerModel is null || gaz is null || docs.Count == 0)
                return CliApp.BadInput;
            var tag = new Tagger(taggerModel);
            NerCorpus.Tag(docs, tag);
            stderr.WriteLine($"training on {docs.Sum(d => d.SentenceCount)} sentences, {docs.Sum(d => d.TokenCount)} words");
            var options = new NerTrainingOptions(parse.GetValue(epochs), parse.GetValue(seed));
            var model = NerTrainer.Train(docs, gaz, options, (e, acc) => stderr.WriteLine(Diagnostic.Create(Messages.TrainingEpoch, Location.None, e, acc)));
            var path = parse.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            NerModelFile.Save(model, path);
            var loaded = NerModelFile.Load(path, parse.GetValue(gazetteer)!, diagnostics);
            if (TrainCommand.Report(diagnostics, stderr) || loaded is null)
                return CliApp.BadInput;
            stderr.WriteLine($"wrote {path}: {loaded.Perceptron.FeatureCount} features, {new FileInfo(path).Length / 1024} KiB");
            foreach (var file in parse.GetValue(dev) ?? [])
                stdout.WriteLine($"{Path.GetFileName(file)}: {NerEvaluation.Score(NerCorpus.Read(file, map, diagnostics), [tag, new EntityRecognizer(loaded)])}");
            return TrainCommand.Report(diagnostics, stderr) ? CliApp.BadInput : CliApp.Success;
        });
        return command;
    }
}
