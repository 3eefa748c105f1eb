using System.CommandLine;
using Parley.Diagnostics;
using Parley.Engine;

namespace Parley.Cli;

/// <summary>
/// The options every coding command shares (<c>--dictionary</c>, <c>--data</c>, <c>--models</c>) and loading the
/// engine from them. Load problems go to stderr with file:line.
/// </summary>
internal sealed class EngineCliOptions
{
    public Option<string[]> Dictionaries { get; } = new("--dictionary")
    {
        Description = "A user dictionary loaded after the built-in data, winning over it: a folder laid out like data/ " +
            "(actors/, patterns/), actors:PATH, patterns:PATH, petrarch:DIR (PETRARCH dictionaries on top of Parley's own) " +
            "or petrarch-only:DIR (PETRARCH dictionaries instead of Parley's patterns and actors). Repeatable.",
        HelpName = "PATH",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string?> Data { get; } = new("--data")
    {
        Description = "The data folder (default: $PARLEY_DATA, else data/ next to the parley binary)",
        HelpName = "DIR",
    };

    public Option<string?> Models { get; } = new("--models")
    {
        Description = "The models folder (default: models/ next to the parley binary)",
        HelpName = "DIR",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Dictionaries);
        command.Options.Add(Data);
        command.Options.Add(Models);
    }

    public EngineOptions Options(ParseResult result, bool trace = false) => new()
    {
        DataRoot = result.GetValue(Data) is { Length: > 0 } d ? Path.GetFullPath(d) : EngineOptions.DefaultDataRoot(),
        Dictionaries = [.. (result.GetValue(Dictionaries) ?? []).Select(DictionarySource.Parse)],
        Trace = trace,
    };

    /// <summary>Loads the engine, or writes why not to stderr and returns null.</summary>
    public ParleyEngine? Load(ParseResult result, bool trace = false)
    {
        var stderr = result.InvocationConfiguration.Error;
        var diagnostics = new List<Diagnostic>();
        var engine = EngineLoader.Load(Options(result, trace), result.GetValue(Models), diagnostics);
        foreach (var d in diagnostics.Where(d => d.Severity != Severity.Info))
            stderr.WriteLine(d.ToString());
        return engine;
    }
}
