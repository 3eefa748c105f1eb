using System.Text.Json;
using Parley.Cli;

namespace Parley.Tests.Cli;

public class CodingCommandsTests
{
    private static readonly string Sample = Path.Combine(TestPaths.Repo, "samples", "putin-trump-north-korea.txt");

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Code_Sample_WritesOneJsonEventPerLine()
    {
        var (exit, output, _) = Run("code", Sample, "--date", "2018-07-19");
        Assert.Equal(0, exit);
        var events = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains(events, e => e.GetProperty("cameo").GetString() == "044" && e.GetProperty("date").GetString() == "2018-06-12");
        Assert.All(events, e => Assert.EndsWith("putin-trump-north-korea.txt", e.GetProperty("doc_id").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Code_Csv_HasHeaderAndRows()
    {
        var (exit, output, _) = Run("code", Sample, "--date", "2018-07-19", "--format", "csv");
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,doc_id,sentence,date", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Length > 5);
    }

    [Fact]
    public void Code_MissingFile_ReportsIt_AndCodesTheRest()
    {
        var (exit, output, error) = Run("code", "no-such-file.txt", Sample, "--date", "2018-07-19");
        Assert.Equal(1, exit);
        Assert.Contains("PRL111", error, StringComparison.Ordinal);
        Assert.Contains("\"cameo\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_BadFormat_IsUsageError() => Assert.Equal(2, Run("code", Sample, "--format", "xml").Exit);

    [Fact]
    public void Explain_ShowsChosenAndRejectedPatterns()
    {
        var (exit, output, _) = Run("explain", "Donald Trump met with Kim Jong Un in Singapore on June 12.", "--date", "2018-07-19");
        Assert.Equal(0, exit);
        Assert.Contains("chosen: ", output, StringComparison.Ordinal);
        Assert.Contains("rejected: ", output, StringComparison.Ordinal);
        Assert.Contains("\"cameo\":\"040\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Actors_Table_ListsCodesAndEntries()
    {
        var (exit, output, _) = Run("actors", Sample, "--date", "2018-07-19");
        Assert.Equal(0, exit);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => r.Split('\t')).ToList();
        Assert.Contains(rows, r => r[3] == "Russian President Vladimir Putin" && r[4] == "RUSGOV");
        Assert.Contains(rows, r => r[3] == "Pyongyang" && r[4] == "PRK");
        Assert.All(rows, r => Assert.Equal(12, r.Length));
    }

    [Fact]
    public void Analyze_WritesTheWholeDocument()
    {
        var (exit, output, _) = Run("analyze", Sample, "--date", "2018-07-19");
        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(output.Trim()).RootElement;
        Assert.Equal(15, root.GetProperty("sentences").GetArrayLength());
        Assert.True(root.GetProperty("events").GetArrayLength() > 5);
        Assert.True(root.GetProperty("quotes").GetArrayLength() >= 3);
    }
}
