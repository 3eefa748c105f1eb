using System.CommandLine;

namespace Parley.Cli;

/// <summary>The invocation settings of one run, with the standard input the commands read (replaceable in tests).</summary>
internal sealed class CliInvocation : InvocationConfiguration
{
    /// <summary>Opens standard input as bytes.</summary>
    public Func<Stream> OpenStdin { get; init; } = Console.OpenStandardInput;

    /// <summary>How the commands of <paramref name="result"/> open standard input.</summary>
    public static Func<Stream> StdinOf(ParseResult result) =>
        (result.InvocationConfiguration as CliInvocation)?.OpenStdin ?? Console.OpenStandardInput;
}
