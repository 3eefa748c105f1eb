using System.Text;
using Parley.Cli;

namespace Parley.Tests.Cli;

/// <summary>Runs the command line in-process with captured stdout and stderr.</summary>
internal static class CliRunner
{
    public static (int Exit, string Stdout, string Stderr) Run(params string[] args) => RunWithStdin(null, args);

    public static (int Exit, string Stdout, string Stderr) RunWithStdin(string? stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        using var input = stdin is null ? null : new MemoryStream(Encoding.UTF8.GetBytes(stdin));
        var exit = CliApp.Run(args, stdout, stderr, input);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
