using Parley.Diagnostics;
using Parley.Evaluation;

namespace Parley.Tests.Evaluation;

public class EventScorerTests
{
    private static GoldItem Item(params ExpectedEvent[] events) => new("x", "text", null, events, 1);

    [Fact]
    public void Score_CountsRootAndFullMatches_AsMultisets()
    {
        var gold = new[] { Item(new("USAGOV", "PRKGOV", "040"), new("PRKGOV", "USAGOV", "111")), Item() };
        var scores = EventScorer.Score(gold, item => item.Events.Count == 0
            ? [new ExpectedEvent("CHN", null, "010")]
            : [new ExpectedEvent("USAGOV", "PRKGOV", "042"), new ExpectedEvent("PRKGOV", "USAGOV", "111"), new ExpectedEvent("PRKGOV", "USAGOV", "111")]);
        Assert.Equal((2, 4, 2), (scores.Root.Matched, scores.Root.Produced, scores.Root.Expected));
        Assert.Equal(1, scores.Full.Matched);
        Assert.Equal(0.5, scores.Full.Recall);
        Assert.Equal(0, scores.ItemsExact);
    }

    [Fact]
    public void Read_ParsesItems_ReportsBadLines()
    {
        var path = Path.GetTempFileName();
        File.WriteAllLines(path, [
            """{"id": "a", "text": "Trump met Kim.", "date": "2018-06-12", "events": [{"source": "USAGOV", "target": "PRKGOV", "cameo": "040"}]}""",
            """{"id": "b", "text": "No event here.", "events": []}""",
            """{"id": "c", "text": """,
        ]);
        var diags = new List<Diagnostic>();
        var items = EventGold.Read(path, diags);
        File.Delete(path);
        Assert.Equal(2, items.Count);
        Assert.Equal(new DateOnly(2018, 6, 12), items[0].Date);
        Assert.Equal(3, Assert.Single(diags).Line);
    }
}
