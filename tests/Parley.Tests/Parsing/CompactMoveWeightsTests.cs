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
}
