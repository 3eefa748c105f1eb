using Parley.Petrarch;
using static Parley.Tests.Petrarch.PetrarchTestText;

namespace Parley.Tests.Petrarch;

/// <summary>Reading the two PETRARCH validation files from ../shared/data.</summary>
public sealed class ValidationSuiteTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static string Suite202 => TestPaths.Shared(Path.Combine("petrarch-validation", "PETR_Validate_records_2_02.xml"));

    private static string UnitTest => TestPaths.Shared(Path.Combine("petrarch-dictionaries", "PETR.UnitTest.records.xml"));

    [Fact]
    public void Reads_the_2_02_suite()
    {
        var result = ValidationReader.Read(Suite202);
        Assert.Empty(result.Diagnostics);
        var suite = result.Value!;
        Assert.Equal(274, suite.Records.Length); // SOURCE.md's 275 counts the "<Sentence ..." in the header comment
        Assert.Equal(349, suite.Records.Sum(r => r.Expected.Length));
        Assert.Equal(322, suite.Records.Sum(r => r.Events.Count()));
        Assert.Equal(20, suite.Records.Sum(r => r.Expected.Count(e => e.IsNoEvent && e.Error is null)));
        Assert.Equal(7, suite.Records.Sum(r => r.Expected.Count(e => e.Error is not null)));
        Assert.Equal(264, suite.Records.Count(r => r.Evaluate));
        Assert.Equal(["DEMO", "ACTOR", "VERB", "AGENT", "COMPOUND", "PATTERN", "DATE", "MODIFY", "SYNSET"], suite.Environment.Include.ToArray());
        Assert.Equal(21, suite.ToEvaluate.Count(r => r.Category == "DATE"));
        Assert.Equal("PETR_Validate_verbs_2_02.txt", Path.GetFileName(suite.DictionaryFiles.Verbs));
    }

    [Fact]
    public void Record_fields()
    {
        var suite = ValidationReader.Read(Suite202).Value!;
        var demo = suite.Records[0];
        Assert.Equal(("DEMO-01", "DEMO", D("19950101")), (demo.Id, demo.Category, demo.Date));
        Assert.StartsWith("Arnor is about to restore full diplomatic ties with Gondor almost five years", demo.Text, StringComparison.Ordinal);
        Assert.Equal(new ExpectedCoding("ARN", "GON", "050"), Assert.Single(demo.Expected));
        Assert.StartsWith("1\tArnor\tArnor\tPROPN", demo.Parse, StringComparison.Ordinal);
        Assert.Equal("dateline", suite.Records.Single(r => r.Id == "ERROR-01").Expected[0].Error);
        Assert.Contains(suite.Records.SelectMany(r => r.Expected), e => e.Source == "GRYFFINDOR HEAD MINERVA MCGONAGALL"); // &quot;…&quot;
        Assert.Contains(suite.Records, r => r.Text.Contains("full &TIETYPE ties", StringComparison.Ordinal)); // &amp;
    }

    [Fact]
    public void Reads_the_older_unit_test_file()
    {
        var result = ValidationReader.Read(UnitTest);
        Assert.Empty(result.Diagnostics);
        var suite = result.Value!;
        Assert.Equal(284, suite.Records.Length);
        Assert.Equal(385, suite.Records.Sum(r => r.Expected.Length));
        Assert.Equal("PETR.Validate.actors.txt", Path.GetFileName(suite.DictionaryFiles.Actors[0]));
        var demo2 = suite.Records.Single(r => r.Id == "DEMO-02");
        Assert.Equal([new ExpectedCoding("DAGGOV", "GON", "032"), new ExpectedCoding("GON", "DAGGOV", "033")], demo2.Expected.ToArray());
        Assert.False(suite.Records.Single(r => r.Id == "DEMO-04").Evaluate); // sentence="false"
    }

    // Errors are faults of the suite's own files ('[075A]', '[xxy]', '[+++]', undefined &PKO …, 'palestinian' twice);
    // warnings are constructs Parley does not honour ('+' before the verb, '$' after it, 'A/B' compound codes …).
    private static readonly string[] SuiteDiagnostics =
        ["PRL407 1", "PRL603 7", "PRL605 5", "PRL611 1", "PRL614 6", "PRL615 2", "PRL619 6", "PRL751 1"];

    private static readonly PetrarchVerbStats SuiteStats = new(Blocks: 69, Verbs: 125, PatternLines: 354, PatternLinesTranslated: 336, Synsets: 30);

    [Fact]
    public void The_suite_dictionaries_load()
    {
        var suite = ValidationReader.Read(Suite202).Value!;
        var d = PetrarchDictionary.Load(suite.DictionaryFiles);
        var actual = string.Join(", ", d.Diagnostics.GroupBy(x => x.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
        output.WriteLine(actual);
        Assert.Equal(string.Join(", ", SuiteDiagnostics), actual);
        Assert.Equal(SuiteStats, d.Verbs!.Stats);
        var sam = d.ActorEntries.Single(a => a.Phrases[0] == "sam gamgee");
        // Every DATE record's expected code for Sam Gamgee is what the entry gives on the record's date.
        foreach (var r in suite.ToEvaluate.Where(r => r.Category == "DATE" && r.Text.StartsWith("Sam Gamgee", StringComparison.Ordinal)))
            Assert.Equal(r.Events.First().Source, sam.CodeAt(r.Date));
    }

    [Fact]
    public void The_older_suite_dictionaries_load()
    {
        var suite = ValidationReader.Read(UnitTest).Value!;
        var d = PetrarchDictionary.Load(suite.DictionaryFiles);
        var actual = string.Join(", ", d.Diagnostics.GroupBy(x => x.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
        output.WriteLine(actual);
        output.WriteLine($"{d.Verbs!.Stats} actors {d.ActorEntries.Length} agents {d.Agents.Length} discards {d.Discards.Entries.Length}");
        Assert.Equal(OlderDiagnostics, actual);
        Assert.Equal(OlderStats, d.Verbs.Stats);
    }

    // PETRARCH-1 syntax: linear TABARI-style patterns ("- * OFFER AID TO +"), words before the verb read as words before it in the sentence (pre:).
    private const string OlderDiagnostics = "PRL407 1, PRL601 2, PRL603 14, PRL606 11, PRL611 3, PRL614 4, PRL615 4, PRL619 19";

    private static readonly PetrarchVerbStats OlderStats = new(Blocks: 257, Verbs: 259, PatternLines: 458, PatternLinesTranslated: 432, Synsets: 17);
}
