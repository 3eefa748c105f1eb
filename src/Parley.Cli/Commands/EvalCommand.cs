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
        var gold = new Option<FileInfo?>("--gold") { Description = "Gold events, JSON Lines: {\"id\", \"text\", \"date\", \"events\": [{\"source\", \"target\", \"cameo\"}]}" };
        var specs = new Option<DirectoryInfo?>("--specs") { Description = "Score the examples of coding spec files instead (e.g. specs/coding), by category" };
        var errors = new Option<bool>("--errors") { Description = "List on stderr every item whose events differ from the gold, with both" };
        var command = new Command("eval", "Score coded events against a gold file (or the coding specs): precision, recall and F1 at two levels, dyad + CAMEO root and dyad + full code.") { gold, specs, errors };
        var engineOptions = new EngineCliOptions();
        engineOptions.AddTo(command);
        command.SetAction(result =>
        {
            var (stdout, stderr) = (result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);
            if (result.GetValue(specs) is { } specDir)
                return EvalSpecs(result, engineOptions, specDir, result.GetValue(errors));
            if (result.GetValue(gold) is not { } file)
            {
                stderr.WriteLine("error: give --gold FILE or --specs DIR");
                return CliApp.UsageError;
            }
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
            var scores = EventScorer.Score(items, Coder(engine, result.GetValue(errors) ? stderr : null));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"items {scores.Items}, exactly right {scores.ItemsExact}"));
            Print(stdout, "dyad + root", scores.Root);
            Print(stdout, "dyad + code", scores.Full);
            return diagnostics.Count > 0 ? CliApp.BadInput : CliApp.Success;
        });
        return command;
    }

    /// <summary>The events the engine codes from a gold item's text, as (source, target, code).</summary>
    public static IReadOnlyList<ExpectedEvent> Code(Parley.Engine.ParleyEngine engine, GoldItem item)
    {
        var doc = new Document(item.Text, new DocumentMetadata(item.Id, item.Date));
        engine.Process(doc);
        return [.. (doc.GetLayer<CodedEvents>()?.Items ?? []).Select(e => new ExpectedEvent(e.Source?.Code, e.Target?.Code, e.Cameo))];
    }

    // The coder under evaluation; with an error writer, items whose events differ from the gold are listed.
    private static Func<GoldItem, IReadOnlyList<ExpectedEvent>> Coder(Parley.Engine.ParleyEngine engine, TextWriter? errors) => item =>
    {
        var produced = Code(engine, item);
        if (errors is not null && !produced.Select(e => e.ToString()).Order(StringComparer.Ordinal).SequenceEqual(item.Events.Select(e => e.ToString()).Order(StringComparer.Ordinal)))
            errors.WriteLine($"{item.Id}: {item.Text}\n  expected: {Show(item.Events)}\n  produced: {Show(produced)}");
        return produced;
    };

    private static string Show(IEnumerable<ExpectedEvent> events) =>
        string.Join("; ", events.Select(e => $"{e.Source ?? "-"} -> {e.Target ?? "-"} {e.Cameo}"));

    private static int EvalSpecs(ParseResult result, EngineCliOptions engineOptions, DirectoryInfo dir, bool showErrors)
    {
        var (stdout, stderr) = (result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);
        if (engineOptions.Load(result) is not { } engine)
            return CliApp.BadInput;
        var read = Parley.Patterns.Specs.CodingSpecReader.ReadFolder(dir.FullName, engine.Knowledge.Cameo);
        foreach (var d in read.Diagnostics)
            stderr.WriteLine(d.ToString());
        stdout.WriteLine("| category | cases | exactly right | root P | root R | root F1 | code P | code R | code F1 |");
        stdout.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        var all = new List<GoldItem>();
        foreach (var (category, items) in SpecGold.FromSpecs(read.Value ?? []))
        {
            all.AddRange(items);
            Row(stdout, category, EventScorer.Score(items, Coder(engine, showErrors ? stderr : null)));
        }
        Row(stdout, "**all**", EventScorer.Score(all, i => Code(engine, i)));
        return read.Succeeded ? CliApp.Success : CliApp.BadInput;
    }

    private static void Row(TextWriter o, string name, EventScores s) =>
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {s.Items} | {s.ItemsExact} | {s.Root.Precision:P0} | {s.Root.Recall:P0} | {s.Root.F1:P0} | {s.Full.Precision:P0} | {s.Full.Recall:P0} | {s.Full.F1:P0} |"));

    private static void Print(TextWriter o, string level, PrfScore s) =>
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{level,-12} precision {s.Precision:P1}  recall {s.Recall:P1}  F1 {s.F1:P1}  (matched {s.Matched}, produced {s.Produced}, expected {s.Expected})"));
}
