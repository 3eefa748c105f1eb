using System.CommandLine;
using Parley.Writing;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley code [INPUT…] [--date …] [--format jsonl|csv|tsv|petrarch] [--dictionary PATH…]</c>: Parley's main job —
/// news text in, political events out (who did what to whom, when and where, with evidence).
/// </summary>
internal static class CodeCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = "Output format: jsonl (one JSON object per event), csv or tsv (a header row, then one row per event), petrarch (PETRARCH-2 tab-separated event lines, no header)",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "csv", "tsv", "petrarch");
        var command = new EngineCommand("code",
            "Code political events (CAMEO and PLOVER, actors, dates, places, quotes, evidence spans) from news text; " +
            "one event per line to stdout.", format);
        return command.WriteEach(result =>
        {
            IDocumentWriter writer = result.GetValue(format) switch
            {
                "csv" => EventTableWriter.Csv,
                "tsv" => EventTableWriter.Tsv,
                "petrarch" => new PetrarchEventWriter(),
                _ => new EventJsonWriter(),
            };
            if (writer is EventTableWriter table)
                result.InvocationConfiguration.Output.Write(table.Header + "\n");
            return writer.Write;
        });
    }
}
