using Parley.Learning;
using Parley.Parsing;

namespace Parley.Tests.Parsing;

public class CompactMoveWeightsTests
{
    [Fact]
    public void ScoresExactlyLikeTheHashedPerceptron_OverTheSameHalfPrecisionWeights()
    {
        var rng = new Random(5);
        var keys = Enumerable.Range(0, 3000).Select(_ => (ulong)rng.NextInt64() * 3 + 1).Distinct().ToArray();
        var halves = keys.SelectMany(_ => Enumerable.Range(0, 4).Select(_ => (Half)(rng.NextDouble() * 4 - 2))).ToArray();
        var compact = new CompactMoveWeights(keys, halves);
        var table = new FeatureTable(keys.Length);
        foreach (var k in keys)
            table.Add(k);
        var perceptron = new HashedPerceptron(4, table, [.. halves.Select(h => (float)h)]);
        Span<float> a = stackalloc float[4];
        Span<float> b = stackalloc float[4];
        for (var trial = 0; trial < 500; trial++)
        {
            // Known and unknown features mixed, as in parsing.
            var features = Enumerable.Range(0, 80).Select(_ => rng.Next(2) == 0 ? keys[rng.Next(keys.Length)] : (ulong)rng.NextInt64()).ToArray();
            compact.Score(features, a);
            perceptron.Score(features, b);
            Assert.Equal(b.ToArray(), a.ToArray());
        }
        Assert.Equal(keys.Length, compact.FeatureCount);
        var (exportedKeys, exportedWeights) = compact.Export();
        Assert.Equal(keys.Order(), exportedKeys.Order());
        Assert.Equal(halves.Length, exportedWeights.Length);
    }

    [Fact]
    public void CompactLabels_ScoreExactlyLikeTheHashedPerceptron()
    {
        const int classes = 83;
        var rng = new Random(6);
        var keys = Enumerable.Range(0, 2000).Select(_ => (ulong)rng.NextInt64() * 3 + 1).Distinct().ToArray();
        var halves = keys.SelectMany(_ => Enumerable.Range(0, classes).Select(_ => (Half)(rng.NextDouble() * 4 - 2))).ToArray();
        var compact = new CompactLabelWeights(classes, keys, halves);
        var table = new FeatureTable(keys.Length);
        foreach (var k in keys)
            table.Add(k);
        var perceptron = new HashedPerceptron(classes, table, [.. halves.Select(h => (float)h)]);
        var (a, b) = (new float[classes], new float[classes]);
        for (var trial = 0; trial < 300; trial++)
        {
            var features = Enumerable.Range(0, 21).Select(_ => rng.Next(2) == 0 ? keys[rng.Next(keys.Length)] : (ulong)rng.NextInt64()).ToArray();
            compact.Score(features, a);
            perceptron.Score(features, b);
            Assert.Equal(b, a);
        }
        var (exportedKeys, exportedWeights) = compact.Export();
        Assert.Equal(keys.Order(), exportedKeys.Order());
        Assert.Equal(halves.Order(), exportedWeights.Order());
    }
}
