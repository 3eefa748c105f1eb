using System.CommandLine;
using Parley.Writing;

namespace Parley.Cli.Commands;

/// <summary><c>parley analyze FILE [--format json]</c>: the whole analysed document — sentences, actors, places, quotes, events.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var command = new Command("analyze",
            "Analyse documents and write everything Parley found in each as one JSON object per line: sentences, " +
            "actor mentions with their codes and dictionary entries, places, quotations with speakers, and events.");
        var inputs = new InputOptions();
        var engineOptions = new EngineCliOptions();
        var format = new Option<string>("--format") { Description = "Output format (json)", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json");
        inputs.AddTo(command);
        command.Options.Add(format);
        engineOptions.AddTo(command);
        command.SetAction(result =>
        {
            if (engineOptions.Load(result) is not { } engine)
                return CliApp.BadInput;
            var writer = new AnalysisJsonWriter();
            return DocumentBatch.Run(result, inputs, (document, stdout) =>
            {
                engine.Process(document);
                writer.Write(document, stdout);
            });
        });
        return command;
    }
}
