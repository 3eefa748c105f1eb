using Parley.Cli;

namespace Parley.Tests.Evaluation;

public class EvalTokenizeCommandTests
{
    private const string Conllu = "# newdoc\n# text = Hi there.\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n2\tthere\tthere\tADV\tRB\t_\t1\tadvmod\t_\tSpaceAfter=No\n3\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n";

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void EvalTokenize_PrintsScores()
    {
        var path = Path.Combine(Path.GetTempPath(), $"parley-eval-{Guid.NewGuid():N}.conllu");
        File.WriteAllText(path, Conllu);
        try
        {
            var (code, output, _) = Run("eval-tokenize", "--treebank", path, "--layout", "lines");
            Assert.Equal(CliApp.Success, code);
            Assert.Contains("words      P 100.00  R 100.00  F1 100.00  (gold 3, system 3, correct 3)", output, StringComparison.Ordinal);
            Assert.Contains("sentences  P 100.00", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void EvalTokenize_MissingFile_IsBadInput()
    {
        var (code, _, err) = Run("eval-tokenize", "--treebank", "/nonexistent/x.conllu");
        Assert.Equal(CliApp.BadInput, code);
        Assert.Contains("PRL111", err, StringComparison.Ordinal);
    }

    [Fact]
    public void EvalTokenize_UnknownLayout_IsUsageError()
    {
        var (code, _, _) = Run("eval-tokenize", "--treebank", "x.conllu", "--layout", "columns");
        Assert.Equal(CliApp.UsageError, code);
    }

    [Fact]
    public void EvalTokenize_BadDataDirectory_IsBadInput()
    {
        var (code, _, err) = Run("eval-tokenize", "--treebank", "x.conllu", "--data", Path.Combine(Path.GetTempPath(), "parley-no-data"));
        Assert.Equal(CliApp.BadInput, code);
        Assert.Contains("PRL120", err, StringComparison.Ordinal);
    }
}
