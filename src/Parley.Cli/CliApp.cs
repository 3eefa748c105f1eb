using System.CommandLine;
using Parley.Cli.Commands;

namespace Parley.Cli;

/// <summary>
/// The `parley` command line: a thin head over the library. Exit codes: 0 success, 1 bad input,
/// 2 usage error. Data goes to stdout; progress and diagnostics go to stderr.
/// </summary>
internal static class CliApp
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;
    /// <summary>Exit code when some input could not be processed.</summary>
    public const int BadInput = 1;
    /// <summary>Exit code for a malformed command line.</summary>
    public const int UsageError = 2;

    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("Parley: political event data (who did what to whom, when and where) from news text.");
        // One line per command; each command lives in Commands/<Name>Command.cs.
        foreach (var command in Commands())
            root.Subcommands.Add(command);
        return root;
    }

    private static IEnumerable<Command> Commands()
    {
        yield return CodeCommand.Create();
        yield return ExplainCommand.Create();
        yield return ValidatePetrarchCommand.Create();
        yield return AnalyzeCommand.Create();
        yield return ActorsCommand.Create();
        yield return EvalCommand.Create();
        yield return TokenizeCommand.Create();
        yield return EvalTokenizeCommand.Create();
        yield return TrainCommand.Create();
        yield return BuildGazetteerCommand.Create();
        yield return EvalSyntaxCommand.Create();
        yield return ParseCommand.Create();
    }

    /// <summary>Runs the command line; <paramref name="stdin"/> replaces standard input (for tests).</summary>
    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null, Stream? stdin = null)
    {
        var root = BuildRoot();
        var result = root.Parse(args);
        var config = new CliInvocation
        {
            Output = stdout ?? Console.Out,
            Error = stderr ?? Console.Error,
            OpenStdin = stdin is null ? Console.OpenStandardInput : () => stdin,
        };
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
                config.Error.WriteLine(error.Message);
            config.Error.WriteLine("Run 'parley --help' for usage.");
            return UsageError;
        }
        return result.Invoke(config);
    }
}
