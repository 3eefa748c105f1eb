using Parley.Documents;
using Parley.Segmentation;
using Parley.Tokenization;

namespace Parley.Tests.Tokenization;

/// <summary>Loading and validating the tokenizer and splitter data files.</summary>
public class TokenizerDataTests
{
    [Fact]
    public void RepositoryDataFiles_LoadWithoutDiagnostics()
    {
        var pipeline = TokenizationPipeline.Load(RepoPaths.Data);
        Assert.Empty(pipeline.Diagnostics);
        Assert.True(pipeline.Succeeded);
    }

    [Fact]
    public void EmbeddedDefaults_MatchRepositoryFiles()
    {
        var fromDisk = Tokenizer.Load(RepoPaths.Data).GetValueOrThrow();
        var text = File.ReadAllText(RepoPaths.Sample);
        Assert.Equal(fromDisk.Tokenize(text), Tokenizer.Default.Tokenize(text));
    }

    [Fact]
    public void SharedInstances_AreSafeAcrossThreads()
    {
        var text = File.ReadAllText(RepoPaths.Sample);
        var expected = Tokenizer.Default.Tokenize(text);
        var results = new TokenData[16][];
        Parallel.For(0, results.Length, i => results[i] = Tokenizer.Default.Tokenize(text + new string(' ', i)));
        foreach (var r in results)
            Assert.Equal(expected.AsSpan(0, expected.Length - 1).ToArray(), r.AsSpan(0, r.Length - 1).ToArray());
    }

    [Fact]
    public void MissingDirectory_ReportsMissingFiles()
    {
        var result = Tokenizer.Load(Path.Combine(Path.GetTempPath(), "parley-no-such-dir"));
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "PRL120");
    }

    [Theory]
    [InlineData(AbbreviationTable.FileName, "Mr. title\nInc\n", 2)]
    [InlineData(AbbreviationTable.FileName, "# comment\n\nMr. honorific\n", 3)]
    [InlineData(AbbreviationTable.FileName, "Mr.\nMr.\n", 2)]
    [InlineData(TokenizerRules.PrefixFile, "non\nanti-\n", 2)]
    [InlineData(TokenizerRules.ContractionFile, "cannot can not\ngonna go na\n", 2)]
    [InlineData(TokenizerRules.EmoticonFile, ":)\nXD\n", 2)]
    [InlineData(TokenizerRules.UnitFile, "km\nk m\n", 2)]
    [InlineData(SentenceStarters.FileName, "The\nthe\n", 2)]
    public void MalformedLine_IsReportedWithFileAndLine(string file, string content, int line)
    {
        var dir = CopyDataWith(file, content);
        try
        {
            var result = TokenizationPipeline.Load(dir);
            Assert.False(result.Succeeded);
            var d = Assert.Single(result.Diagnostics);
            Assert.EndsWith(file.Replace('/', Path.DirectorySeparatorChar), d.File, StringComparison.Ordinal);
            Assert.Equal(line, d.Line);
            Assert.Contains(d.Code, new[] { "PRL121", "PRL122" });
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string CopyDataWith(string file, string content)
    {
        var dir = Path.Combine(Path.GetTempPath(), "parley-data-" + Guid.NewGuid().ToString("N"));
        foreach (var area in new[] { "tokenization", "segmentation" })
        {
            Directory.CreateDirectory(Path.Combine(dir, area));
            foreach (var f in Directory.GetFiles(Path.Combine(RepoPaths.Data, area), "*.txt"))
                File.Copy(f, Path.Combine(dir, area, Path.GetFileName(f)));
        }
        File.WriteAllText(Path.Combine(dir, file), content);
        return dir;
    }
}
