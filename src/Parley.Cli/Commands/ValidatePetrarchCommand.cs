using System.CommandLine;
using Parley.Diagnostics;
using Parley.Engine;
using Parley.Petrarch;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley validate-petrarch RECORDS.xml [--dictionary-dir DIR] [--failures]</c>: runs a PETRARCH validation
/// file through Parley with the dictionaries its environment names and prints the results by category and overall.
/// </summary>
internal static class ValidatePetrarchCommand
{
    public static Command Create()
    {
        var records = new Argument<string>("RECORDS") { Description = "A PETRARCH validation file (PETR_Validate_records_2_02.xml, PETR.UnitTest.records.xml)" };
        var dictionaryDir = new Option<string?>("--dictionary-dir")
        {
            Description = "The folder holding the dictionaries the file's <Environment> names (default: the file's folder)",
            HelpName = "DIR",
        };
        var failures = new Option<bool>("--failures") { Description = "Also list every record not coded exactly right: expected and produced codings" };
        var command = new Command("validate-petrarch",
            "Run a PETRARCH validation suite: code each record's text (parsed by Parley) with the suite's dictionaries, " +
            "compare with the expected codings, and print expected codings found, extra codings and records exactly right, by category.")
        { records, dictionaryDir, failures };
        var engineOptions = new EngineCliOptions();
        command.Options.Add(engineOptions.Data);
        command.Options.Add(engineOptions.Models);
        command.SetAction(result =>
        {
            var stderr = result.InvocationConfiguration.Error;
            var read = ValidationReader.Read(result.GetValue(records)!);
            foreach (var d in read.Diagnostics)
                stderr.WriteLine(d.ToString());
            if (read.Value is not { } suite || suite.Environment.Verbs is null)
            {
                stderr.WriteLine(Diagnostic.Create(Messages.ValidationUnusable, new Location(result.GetValue(records)!), "no records or no <Verbfile> in its <Environment>").ToString());
                return CliApp.BadInput;
            }
            var dataRoot = result.GetValue(engineOptions.Data) is { Length: > 0 } data ? Path.GetFullPath(data) : EngineOptions.DefaultDataRoot();
            var options = PetrarchValidation.Options(suite, new EngineOptions { DataRoot = dataRoot }, result.GetValue(dictionaryDir));
            var diagnostics = new List<Diagnostic>();
            var engine = EngineLoader.Load(options, result.GetValue(engineOptions.Models), diagnostics);
            foreach (var d in diagnostics.Where(d => d.Severity != Severity.Info))
                stderr.WriteLine(d.ToString());
            if (engine is null)
                return CliApp.BadInput;
            var score = PetrarchValidation.Run(engine, suite);
            var stdout = result.InvocationConfiguration.Output;
            stdout.Write(score.Format());
            if (result.GetValue(failures))
                WriteFailures(score, stdout);
            return CliApp.Success;
        });
        return command;
    }

    private static void WriteFailures(ValidationScore score, TextWriter output)
    {
        foreach (var o in score.Records.Where(o => !o.Exact))
        {
            output.WriteLine();
            output.WriteLine($"{o.Record.Id} (line {o.Record.Line}, {o.Record.Date:yyyy-MM-dd}): {o.Record.Text}");
            foreach (var e in o.Record.Expected)
                output.WriteLine(e.IsNoEvent ? $"  expected: nothing{(e.Error is null ? "" : $" ({e.Error})")}" : $"  expected: {e.Source} {e.Target} {e.Code}");
            foreach (var p in o.Produced)
                output.WriteLine($"  produced: {p.Source} {p.Target} {p.Code}");
        }
    }
}
