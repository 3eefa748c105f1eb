using Parley.Petrarch;
using static Parley.Tests.Petrarch.PetrarchTestText;

namespace Parley.Tests.Petrarch;

/// <summary>The scorer with hand-made coders (the real coder plugs in through the same delegate).</summary>
public sealed class ValidationScorerTests
{
    private static ValidationRecord Record(string id, string category, params ExpectedCoding[] expected) =>
        new(id, category, D("19950101"), "text", [.. expected], true, null, 1);

    private static readonly ValidationRecord[] Records =
    [
        Record("A-1", "DEMO", new ExpectedCoding("ARN", "GON", "050")),
        Record("A-2", "DEMO", new ExpectedCoding("DAGGOV", "GON", "032"), new ExpectedCoding("GON", "DAGGOV", "033")),
        Record("B-1", "DATE", new ExpectedCoding("", "", "")),
        Record("E-1", "ERROR", new ExpectedCoding("", "", "", "dateline")),
    ];

    [Fact]
    public void A_perfect_coder_scores_everything()
    {
        var score = ValidationScorer.Score(Records, r => [.. r.Events.Select(e => (e.Source, e.Target, e.Code))]);
        Assert.Equal(new CategoryScore("ALL", 4, 5, 5, 0, 4), score.Overall);
        Assert.Equal(["DEMO", "DATE", "ERROR"], score.Categories.Select(c => c.Category));
    }

    [Fact]
    public void Missing_extra_and_noevent_violations()
    {
        var produced = new Dictionary<string, (string, string, string)[]>
        {
            ["A-1"] = [("arn", "gon", "050"), ("ARN", "GON", "050")], // found once (case ignored), one extra
            ["A-2"] = [("DAGGOV", "GON", "032")], // one of two
            ["B-1"] = [("HOB", "SHR", "082")], // should be nothing
            ["E-1"] = [],
        };
        var score = ValidationScorer.Score(Records, r => produced[r.Id]);
        Assert.Equal(new CategoryScore("DEMO", 2, 3, 2, 1, 0), score.Categories[0]);
        Assert.Equal(new CategoryScore("DATE", 1, 1, 0, 1, 0), score.Categories[1]);
        Assert.Equal(new CategoryScore("ALL", 4, 5, 3, 2, 1), score.Overall);
        Assert.Equal(0.6, score.Overall.FoundRate, 6);
        Assert.False(score.Records[0].Exact);
        Assert.True(score.Records[3].Exact);
        var table = score.Format();
        Assert.Contains("DEMO             2         3      2   66.7%      1      50.0%      0    0.0%", table, StringComparison.Ordinal);
        Assert.Contains("ALL              4         5      3   60.0%      2      50.0%      1   25.0%", table, StringComparison.Ordinal);
    }
}
