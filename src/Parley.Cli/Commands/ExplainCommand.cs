using System.CommandLine;
using Parley.Diagnostics;
using Parley.Documents;
using Parley.Engine;

namespace Parley.Cli.Commands;

/// <summary><c>parley explain "&lt;sentence&gt;" [--date …]</c>: how Parley codes a text, rule by rule.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("TEXT") { Description = "The sentence (or short text) to explain" };
        var date = new Option<string?>("--date") { Description = "Publication date, YYYY-MM-DD (event dates are resolved against it)", HelpName = "YYYY-MM-DD" };
        var command = new Command("explain",
            "Show how a text is coded: the parse, the actors and the entries behind them, places, each frame with the " +
            "pattern chosen and the ones rejected (and why), and the resulting events.") { text, date };
        var engineOptions = new EngineCliOptions();
        engineOptions.AddTo(command);
        command.SetAction(result =>
        {
            var stderr = result.InvocationConfiguration.Error;
            var given = result.GetValue(date);
            var published = given is null ? null : InputOptions.ParseDate(given);
            if (given is not null && published is null)
            {
                stderr.WriteLine(Diagnostic.Create(Messages.DateInvalid, Location.None, given).ToString());
                return CliApp.UsageError;
            }
            if (engineOptions.Load(result, trace: true) is not { } engine)
                return CliApp.BadInput;
            var doc = new Document(result.GetValue(text)!, new DocumentMetadata("explain", published));
            engine.Process(doc);
            Explainer.Write(doc, result.InvocationConfiguration.Output);
            return CliApp.Success;
        });
        return command;
    }
}
