using Parley.Evaluation;
using Parley.Events;
using Parley.Documents;
using Parley.Patterns.Specs;

namespace Parley.Tests.Engine;

/// <summary>
/// Runs every example of specs/coding/*.md through the whole engine and checks the figures `parley eval --specs`
/// reports against floors a little under the measured ones (dyad + root F1 0.91, dyad + code F1 0.90),
/// so that a regression fails the build. Not every example passes yet: see the README.
/// </summary>
public class CodingSpecRunTests
{
    private static IReadOnlyList<ExpectedEvent> Code(GoldItem item)
    {
        var doc = new Document(item.Text, new DocumentMetadata(item.Id, item.Date));
        EngineFixture.Engine.Process(doc);
        return [.. doc.GetLayer<CodedEvents>()!.Items.Select(e => new ExpectedEvent(e.Source?.Code, e.Target?.Code, e.Cameo))];
    }

    [Fact]
    public void Specs_ScoreAboveFloor()
    {
        var read = CodingSpecReader.ReadFolder(Path.Combine(TestPaths.Repo, "specs", "coding"), EngineFixture.Engine.Knowledge.Cameo);
        Assert.True(read.Succeeded, string.Join('\n', read.Diagnostics));
        var items = SpecGold.FromSpecs(read.Value!).SelectMany(c => c.Items).ToList();
        Assert.True(items.Count >= 16 * 15, $"only {items.Count} spec examples");
        var scores = EventScorer.Score(items, Code);
        Assert.True(scores.Root.F1 >= 0.91, $"dyad + root F1 {scores.Root.F1:P1}");
        Assert.True(scores.Full.F1 >= 0.90, $"dyad + code F1 {scores.Full.F1:P1}");
    }
}
