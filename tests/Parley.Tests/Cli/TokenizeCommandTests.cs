using System.Text.Json;
using Parley.Tests.Reading;
using static Parley.Tests.Cli.CliRunner;

namespace Parley.Tests.Cli;

public sealed class TokenizeCommandTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void TextFile_IsWrittenAsConllu()
    {
        var path = _dir.Write("summit.txt", "Putin met Kim in Pyongyang.\n\nTrump said nothing.\n");
        var (exit, stdout, stderr) = Run("tokenize", path, "--date", "2024-06-19");
        Assert.Equal(0, exit);
        var id = path.Replace('\\', '/');
        Assert.StartsWith($"# newdoc id = {id}\n# newpar\n# sent_id = {id}-1\n# text = Putin met Kim in Pyongyang.\n1\tPutin\t_\t", stdout, StringComparison.Ordinal);
        Assert.Contains($"# newpar\n# sent_id = {id}-2\n# text = Trump said nothing.\n", stdout, StringComparison.Ordinal);
        Assert.Contains("\tPyongyang\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n", stdout, StringComparison.Ordinal);
        Assert.EndsWith("\n\n", stdout, StringComparison.Ordinal);
        Assert.Contains("info PRL144: 1 documents written, 0 errors, 0 warnings", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void BadInputs_AreReportedOnStderr_TheBatchGoesOn_AndExitIs1()
    {
        var first = _dir.Write("1.txt", "First file.");
        var binary = _dir.WriteBytes("2.bin", [1, 2, 0, 3]);
        var badUtf8 = _dir.WriteBytes("3.txt", [(byte)'a', (byte)'\n', 0xC0, 0xAF]);
        var last = _dir.Write("4.txt", "Last file.");
        var missing = Path.Combine(_dir.Root, "missing.txt").Replace('\\', '/');
        var (exit, stdout, stderr) = Run("tokenize", first, binary, missing, badUtf8, last);
        Assert.Equal(1, exit);
        Assert.Contains("# text = First file.", stdout, StringComparison.Ordinal);
        Assert.Contains("# text = Last file.", stdout, StringComparison.Ordinal);
        Assert.Contains($"{binary.Replace('\\', '/')}:1:2: error PRL103:", stderr, StringComparison.Ordinal);
        Assert.Contains($"{missing}: error PRL111:", stderr, StringComparison.Ordinal);
        Assert.Contains($"{badUtf8.Replace('\\', '/')}:2:0: error PRL102: invalid UTF-8 byte 0xC0 at byte 2", stderr, StringComparison.Ordinal);
        Assert.Contains("2 documents written, 3 errors, 0 warnings", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedJsonlLine_FailsOnlyThatLine()
    {
        var path = _dir.Write("in.jsonl", "{\"id\":\"a\",\"text\":\"Kim left.\"}\n{\"id\":\"b\",\"text\":}\n{\"id\":\"c\",\"text\":\"Putin stayed.\"}\n");
        var (exit, stdout, stderr) = Run("tokenize", "--input", "jsonl", path);
        Assert.Equal(1, exit);
        Assert.Contains("# newdoc id = a\n", stdout, StringComparison.Ordinal);
        Assert.Contains("# newdoc id = c\n", stdout, StringComparison.Ordinal);
        Assert.Contains($"{path.Replace('\\', '/')}:2:17: error PRL105: malformed JSON:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyFile_IsOnlyAWarning_ExitIs0()
    {
        var (exit, stdout, stderr) = Run("tokenize", _dir.Write("empty.txt", ""));
        Assert.Equal(0, exit);
        Assert.Equal("", stdout);
        Assert.Contains("warning PRL104", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void StandardInput_IsReadForDashAndForNoInput()
    {
        var (exit, stdout, _) = RunWithStdin("Kim left.\nPutin stayed.\n", "tokenize", "--input", "lines", "--format", "json");
        Assert.Equal(0, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["stdin:1", "stdin:2"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
        var (exitDash, stdoutDash, _) = RunWithStdin("Kim left.", "tokenize", "-");
        Assert.Equal(0, exitDash);
        Assert.StartsWith("# newdoc id = stdin\n", stdoutDash, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_HasTokensWithOffsets_AndTheDate()
    {
        var path = _dir.Write("a.txt", "Kim left Pyongyang.");
        var (exit, stdout, _) = Run("tokenize", "--format", "json", "--date", "2024-06-19", path);
        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("2024-06-19", root.GetProperty("metadata").GetProperty("date").GetString());
        var tokens = root.GetProperty("sentences")[0].GetProperty("tokens");
        Assert.Equal(["Kim", "left", "Pyongyang", "."], tokens.EnumerateArray().Select(t => t.GetProperty("form").GetString()));
        Assert.Equal((9, 18), (tokens[2].GetProperty("start").GetInt32(), tokens[2].GetProperty("end").GetInt32()));
    }

    [Fact]
    public void HtmlPage_IsTokenizedFromItsArticleText()
    {
        var page = "<html><head><title>Summit</title></head><body><nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav>" +
            "<article><p>Putin arrived in Pyongyang on Wednesday for talks with Kim Jong Un, his first visit in 24 years.</p>" +
            "<p>Washington called the pact a threat to peace on the Korean peninsula.</p></article></body></html>";
        var (exit, stdout, _) = Run("tokenize", "--input", "html", "--format", "json", _dir.Write("p.html", page));
        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("Summit", root.GetProperty("metadata").GetProperty("title").GetString());
        Assert.DoesNotContain("Sport", root.GetProperty("text").GetString(), StringComparison.Ordinal);
        var sentences = root.GetProperty("sentences");
        Assert.Equal(2, sentences.GetArrayLength());
        Assert.True(sentences[1].GetProperty("newpar").GetBoolean());
    }

    [Fact]
    public void DocumentOverMaxChars_IsSkippedWithPRL108()
    {
        var big = _dir.Write("big.txt", new string('x', 200) + " end.");
        var small = _dir.Write("small.txt", "Kim left.");
        var (exit, stdout, stderr) = Run("tokenize", "--max-chars", "100", big, small);
        Assert.Equal(1, exit);
        Assert.Contains("# text = Kim left.", stdout, StringComparison.Ordinal);
        Assert.Contains($"{big.Replace('\\', '/')}:1: error PRL108: document of 205 characters exceeds the limit of 100", stderr, StringComparison.Ordinal);
    }
}
