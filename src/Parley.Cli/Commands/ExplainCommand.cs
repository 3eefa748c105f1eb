using System.CommandLine;
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
            DateOnly? published = null;
            if (result.GetValue(date) is { } d)
            {
                if (!DateOnly.TryParseExact(d, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed))
                {
                    stderr.WriteLine($"error PRL107: invalid date '{d}': expected YYYY-MM-DD");
                    return CliApp.UsageError;
                }
                published = parsed;
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
