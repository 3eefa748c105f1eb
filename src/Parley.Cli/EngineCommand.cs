using System.CommandLine;
using Parley.Documents;

namespace Parley.Cli;

/// <summary>
/// A command that runs the whole engine over its inputs (<c>code</c>, <c>analyze</c>, <c>actors</c>): the shared
/// input and engine options, loading the engine once, and the batch loop. The command supplies how each
/// processed document is written.
/// </summary>
internal sealed class EngineCommand
{
    public EngineCommand(string name, string description, params Option[] options)
    {
        Command = new Command(name, description);
        Inputs.AddTo(Command);
        foreach (var option in options)
            Command.Options.Add(option);
        Engine.AddTo(Command);
    }

    public Command Command { get; }

    public InputOptions Inputs { get; } = new();

    public EngineCliOptions Engine { get; } = new();

    /// <summary>Sets the action: load the engine, then process and write each document with what <paramref name="prepare"/> returns.</summary>
    public Command WriteEach(Func<ParseResult, Action<Document, TextWriter>> prepare)
    {
        Command.SetAction(result =>
        {
            if (Engine.Load(result) is not { } engine)
                return CliApp.BadInput;
            var write = prepare(result);
            return DocumentBatch.Run(result, Inputs, (document, stdout) =>
            {
                engine.Process(document);
                write(document, stdout);
            });
        });
        return Command;
    }
}
