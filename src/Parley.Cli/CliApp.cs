using System.CommandLine;

namespace Parley.Cli;

/// <summary>The `parley` command line: a thin head over the library.</summary>
internal static class CliApp
{
    public static int Run(string[] args)
    {
        var root = new RootCommand("Parley: political event data (who did what to whom, when and where) from news text.");
        var result = root.Parse(args);
        return result.Invoke();
    }
}
