using System.CommandLine;
using Parley.Writing;

namespace Parley.Cli.Commands;

/// <summary><c>parley analyze FILE [--format json]</c>: the whole analysed document — sentences, actors, places, quotes, events.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "Output format (json)", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json");
        var command = new EngineCommand("analyze",
            "Analyse documents and write everything Parley found in each as one JSON object per line: sentences, " +
            "actor mentions with their codes and dictionary entries, places, quotations with speakers, and events.", format);
        return command.WriteEach(_ => new AnalysisJsonWriter().Write);
    }
}
