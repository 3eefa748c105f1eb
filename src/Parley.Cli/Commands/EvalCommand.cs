using System.CommandLine;
using System.Globalization;
using Parley.Diagnostics;
using Parley.Documents;
using Parley.Evaluation;
using Parley.Events;

namespace Parley.Cli.Commands;

/// <summary><c>parley eval --gold FILE</c>: event precision, recall and F1 against a gold file.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<FileInfo>("--gold") { Description = "Gold events, JSON Lines: {\"id\", \"text\", \"date\", \"events\": [{\"source\", \"target\", \"cameo\"}]}", Required = true };
        var command = new Command("eval", "Score coded events against a gold file: precision, recall and F1 at two levels, dyad + CAMEO root and dyad + full code.") { gold };
        var engineOptions = new EngineCliOptions();
        engineOptions.AddTo(command);
        command.SetAction(result =>
        {
            var (stdout, stderr) = (result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);
            var file = result.GetValue(gold)!;
            if (!file.Exists)
            {
                stderr.WriteLine(Diagnostic.Create(Messages.InputNotFound, new Location(file.FullName)).ToString());
                return CliApp.BadInput;
            }
            if (engineOptions.Load(result) is not { } engine)
                return CliApp.BadInput;
            var diagnostics = new List<Diagnostic>();
            var items = EventGold.Read(file.FullName, diagnostics);
            foreach (var d in diagnostics)
                stderr.WriteLine(d.ToString());
            var scores = EventScorer.Score(items, item =>
            {
                var doc = new Document(item.Text, new DocumentMetadata(item.Id, item.Date));
                engine.Process(doc);
                return [.. (doc.GetLayer<CodedEvents>()?.Items ?? []).Select(e => new ExpectedEvent(e.Source?.Code, e.Target?.Code, e.Cameo))];
            });
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"items {scores.Items}, exactly right {scores.ItemsExact}"));
            Print(stdout, "dyad + root", scores.Root);
            Print(stdout, "dyad + code", scores.Full);
            return diagnostics.Count > 0 ? CliApp.BadInput : CliApp.Success;
        });
        return command;
    }

    private static void Print(TextWriter o, string level, PrfScore s) =>
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{level,-12} precision {s.Precision:P1}  recall {s.Recall:P1}  F1 {s.F1:P1}  (matched {s.Matched}, produced {s.Produced}, expected {s.Expected})"));
}
