using System.Text.Json;
using System.Text.RegularExpressions;
using Parley.Cli;

namespace Parley.Tests.Cli;

public partial class CodingCommandsTests
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
    public void Code_FlagsActorsThatCannotBeFullyCoded_AsActorsDoes()
    {
        var path = Path.Combine(Path.GetTempPath(), $"parley-flags-{Environment.ProcessId}.txt");
        File.WriteAllText(path, "In 1990, Kim Jong Un met Vladimir Putin in Moscow. Officials said militants attacked a village.");
        try
        {
            var events = Run("code", path, "--date", "2024-01-10").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            var kim = events.Single(e => e.GetProperty("cameo_root").GetString() == "04").GetProperty("source");
            Assert.Equal(("Kim Jong Un", JsonValueKind.Null), (kim.GetProperty("name").GetString(), kim.GetProperty("code").ValueKind));
            Assert.Equal(["NoRoleAtDate"], kim.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
            var militants = events.Select(e => e.GetProperty("source")).First(s => s.GetProperty("text").GetString() == "militants");
            Assert.Equal(("UAF", "NoCountry"), (militants.GetProperty("sector").GetString(), militants.GetProperty("flags")[0].GetString()));
            var csv = Run("code", path, "--date", "2024-01-10", "--format", "csv").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var header = csv[0].Split(',').ToList();
            var meeting = csv.Skip(1).Select(l => l.Split(',')).Single(r => r[header.IndexOf("source_text")] == "Kim Jong Un");
            Assert.Equal(("", "NoRoleAtDate"), (meeting[header.IndexOf("source_code")], meeting[header.IndexOf("source_flags")]));
            var actors = Run("actors", path, "--date", "2024-01-10").Out;
            Assert.Contains("\tKim Jong Un\t\tKim Jong Un\t", actors, StringComparison.Ordinal);
            Assert.Contains("\tNoRoleAtDate\t", actors, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
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
    public void Explain_ActorLines_AgreeWithActors_OnTheSample()
    {
        var (exit, output, _) = Run("explain", File.ReadAllText(Sample), "--date", "2018-07-19");
        Assert.Equal(0, exit);
        var explained = output.Split('\n').Select(l => ActorLine().Match(l)).Where(m => m.Success)
            .Select(m => string.Join('|', m.Groups["start"].Value, m.Groups["end"].Value, m.Groups["text"].Value, m.Groups["code"].Value,
                m.Groups["name"].Value, m.Groups["ante"].Success ? $"{m.Groups["ante"].Value}@{m.Groups["as"].Value}-{m.Groups["ae"].Value}" : "",
                m.Groups["date"].Value)).ToList();
        var (_, table, _) = Run("actors", Sample, "--date", "2018-07-19");
        var listed = table.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split('\t'))
            .Select(r => string.Join('|', r[1], r[2], r[3], r[4] == "" ? "(uncoded)" : r[4], r[5], r[10], r[11])).ToList();
        Assert.True(listed.Count > 20);
        Assert.Equal(listed, explained);
        // The coreferent mentions the raw mention list could not show.
        Assert.Contains(explained, l => l.Contains("|They|USAGOV|Donald Trump|", StringComparison.Ordinal));
        Assert.Contains(explained, l => l.Contains("|They|PRKGOV|Kim Jong Un|", StringComparison.Ordinal));
        Assert.Contains(explained, l => l.Contains("|the regime|PRKGOV|", StringComparison.Ordinal));
    }

    [GeneratedRegex("""^actor: "(?<text>.*)" \[(?<start>\d+),(?<end>\d+)\) → (?<code>\S+)(?: (?<name>.*?))? — .*?(?:; antecedent "(?<ante>.*)" \[(?<as>-?\d+),(?<ae>-?\d+)\))?; date (?<date>\S+)$""")]
    private static partial Regex ActorLine();

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
