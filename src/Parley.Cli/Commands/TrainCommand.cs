using System.CommandLine;
using Parley.Diagnostics;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley train tagger|ner|parser …</c>: trains a model from data outside the repository and writes the model
/// file. Training is deterministic for a seed. Progress and diagnostics go to stderr; the held-out scores of
/// the trained model go to stdout.
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Train a model (tagger, lemmatizer, gazetteer, ner, parser) from annotated data.");
        command.Subcommands.Add(TrainTaggerCommand.Create());
        command.Subcommands.Add(TrainLemmatizerCommand.Create());
        command.Subcommands.Add(TrainGazetteerCommand.Create());
        command.Subcommands.Add(TrainNerCommand.Create());
        command.Subcommands.Add(TrainParserCommand.Create());
        return command;
    }

    /// <summary>Writes diagnostics to stderr and returns true when any is an error.</summary>
    public static bool Report(IEnumerable<Diagnostic> diagnostics, TextWriter stderr)
    {
        var failed = false;
        foreach (var d in diagnostics)
        {
            stderr.WriteLine(d);
            failed |= d.Severity == Severity.Error;
        }
        return failed;
    }
}
