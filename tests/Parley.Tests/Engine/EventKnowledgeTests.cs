using Parley.Diagnostics;
using Parley.Engine;

namespace Parley.Tests.Engine;

public class EventKnowledgeTests
{
    [Fact]
    public void Load_ShippedData_LoadsWithoutErrors()
    {
        var diagnostics = new List<Diagnostic>();
        var knowledge = EventKnowledge.Load(new EngineOptions { DataRoot = Path.Combine(TestPaths.Repo, "data") }, diagnostics);
        Assert.True(knowledge is not null, string.Join('\n', diagnostics.Take(10)));
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("visit", (IReadOnlySet<string>)knowledge.EventNouns);
        Assert.Contains("say", (IReadOnlySet<string>)knowledge.Quotes.Lemmas);
    }

    [Fact]
    public void Load_BrokenUserPatterns_FailsWithFileAndLine()
    {
        var dir = Directory.CreateTempSubdirectory();
        File.WriteAllText(Path.Combine(dir.FullName, "mine.txt"), "verb meet\n  999 with:*\n");
        var diagnostics = new List<Diagnostic>();
        var options = new EngineOptions
        {
            DataRoot = Path.Combine(TestPaths.Repo, "data"),
            Dictionaries = [DictionarySource.Parse("patterns:" + dir.FullName)],
        };
        Assert.Null(EventKnowledge.Load(options, diagnostics));
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.EndsWith("mine.txt", error.File, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
        dir.Delete(true);
    }

    [Theory]
    [InlineData("petrarch:/x/y", DictionaryKind.Petrarch, "/x/y")]
    [InlineData("petrarch-only:/x/y", DictionaryKind.PetrarchOnly, "/x/y")]
    [InlineData("actors:my.txt", DictionaryKind.Actors, "my.txt")]
    [InlineData("patterns:p", DictionaryKind.Patterns, "p")]
    [InlineData("mydata", DictionaryKind.Folder, "mydata")]
    public void DictionarySource_Parse(string text, DictionaryKind kind, string path) =>
        Assert.Equal(new DictionarySource(kind, path), DictionarySource.Parse(text));
}
