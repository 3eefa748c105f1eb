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
    public void InfiniteHalfWeights_ScoreLikeTheHashedPerceptronToo()
    {
        ulong[] keys = [11, 22, 33];
        Half[] halves = [Half.PositiveInfinity, (Half)1.5f, (Half)(-0.25f), Half.Epsilon,
            (Half)2f, Half.NegativeInfinity, (Half)0.5f, (Half)(-3f),
            (Half)65504f, (Half)(-0f), (Half)0.1f, (Half)7f];
        var compact = new CompactMoveWeights(keys, halves);
        var table = new FeatureTable(keys.Length);
        foreach (var k in keys)
            table.Add(k);
        var perceptron = new HashedPerceptron(4, table, [.. halves.Select(h => (float)h)]);
        var (a, b) = (new float[4], new float[4]);
        foreach (ulong[] features in (ulong[][])[[11, 22, 33], [22, 44], [33, 33, 11], []])
        {
            compact.Score(features, a);
            perceptron.Score(features, b);
            Assert.Equal(b, a);
        }
    }

    [Fact]
    public void WidenConvertsEveryFiniteHalfExactly()
    {
        for (var bits = 0; bits < 0x10000; bits += 4)
        {
            var packed = 0UL;
            for (var c = 0; c < 4; c++)
                packed |= (ulong)(ushort)(bits + c) << (16 * c);
            var widened = CompactMoveWeights.Widen(packed);
            for (var c = 0; c < 4; c++)
            {
                var half = BitConverter.UInt16BitsToHalf((ushort)(bits + c));
                if (Half.IsFinite(half))
                    Assert.Equal(BitConverter.SingleToInt32Bits((float)half), BitConverter.SingleToInt32Bits(widened[c]));
            }
        }
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
