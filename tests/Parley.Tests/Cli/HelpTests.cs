using static Parley.Tests.Cli.CliRunner;

namespace Parley.Tests.Cli;

public class HelpTests
{
    [Fact]
    public void RootHelp_ListsTokenize()
    {
        var (exit, stdout, _) = Run("--help");
        Assert.Equal(0, exit);
        Assert.Contains("tokenize", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void TokenizeHelp_DescribesInputsAndOptions()
    {
        var (exit, stdout, _) = Run("tokenize", "--help");
        Assert.Equal(0, exit);
        foreach (var expected in (string[])["INPUT", "--input", "text|lines|jsonl|html", "--date", "YYYY-MM-DD", "--max-chars", "--format", "conllu|json"])
            Assert.Contains(expected, stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tokenize", "--input", "xml")]
    [InlineData("tokenize", "--format", "xml")]
    [InlineData("tokenize", "--date", "2024-13-01")]
    [InlineData("tokenize", "--date", "19/06/2024")]
    [InlineData("tokenize", "--max-chars", "0")]
    [InlineData("tokenize", "--no-such-option")]
    [InlineData("no-such-command")]
    public void MalformedCommandLine_ExitsWith2(params string[] args)
    {
        var (exit, stdout, stderr) = Run(args);
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("parley --help", stderr, StringComparison.Ordinal);
    }
}
