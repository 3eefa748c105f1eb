using System.Numerics;
using System.Runtime.InteropServices;

namespace Parley.Parsing;

/// <summary>
/// The label weights of a loaded model: an open-addressing table whose slots hold the feature key and its row
/// number together (one cache line per lookup), and rows padded to whole SIMD vectors so that adding a row is a
/// few vector additions. Scores equal those of the <see cref="Learning.HashedPerceptron"/> read from the same
/// file: the same values are added to each class in the same order. Immutable and thread-safe.
/// </summary>
internal sealed class CompactLabelWeights
{
    private struct Slot
    {
        public ulong Key;
        public int Row;
    }

    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly float[] _rows;
    private readonly int _stride;

    /// <summary>Builds the table from keys and their rows of <paramref name="classes"/> weights, in the file's order.</summary>
    public CompactLabelWeights(int classes, ReadOnlySpan<ulong> keys, ReadOnlySpan<Half> weights)
    {
        ClassCount = classes;
        FeatureCount = keys.Length;
        _stride = (classes + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        _rows = Learning.LargeTables.Allocate<float>(keys.Length * _stride);
        var size = 16;
        while (size < keys.Length * 2)
            size <<= 1;
        _slots = Learning.LargeTables.Allocate<Slot>(size);
        _mask = size - 1;
        for (var r = 0; r < keys.Length; r++)
        {
            var key = keys[r] == 0 ? 1 : keys[r];
            var i = (int)(key & (ulong)_mask);
            while (_slots[i].Key != 0 && _slots[i].Key != key)
                i = (i + 1) & _mask;
            _slots[i] = new Slot { Key = key, Row = r };
            for (var c = 0; c < classes; c++)
                _rows[r * _stride + c] = (float)weights[r * classes + c];
        }
    }

    public int ClassCount { get; }

    public int FeatureCount { get; }

    /// <summary>Adds the rows of <paramref name="features"/> into the first <see cref="ClassCount"/> <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var slots = _slots;
        var mask = _mask;
        Span<int> rows = features.Length <= 128 ? stackalloc int[features.Length] : new int[features.Length];
        Span<ulong> homeKey = features.Length <= 128 ? stackalloc ulong[features.Length] : new ulong[features.Length];
        // Three passes, so that cache misses overlap: read every home slot (independent loads), find the rows
        // (now in cache), then add the rows (independent loads again, no branches).
        for (var f = 0; f < features.Length; f++)
            homeKey[f] = slots[(int)(Key(features[f]) & (ulong)mask)].Key;
        var found = 0;
        for (var f = 0; f < features.Length; f++)
        {
            var key = Key(features[f]);
            if (homeKey[f] == 0)
                continue;
            for (var i = (int)(key & (ulong)mask); ; i = (i + 1) & mask)
            {
                ref readonly var slot = ref slots[i];
                if (slot.Key == key)
                {
                    rows[found++] = slot.Row;
                    break;
                }
                if (slot.Key == 0)
                    break;
            }
        }
        Span<float> sum = _stride <= 512 ? stackalloc float[_stride] : new float[_stride];
        sum.Clear();
        var acc = MemoryMarshal.Cast<float, Vector<float>>(sum);
        foreach (var r in rows[..found])
        {
            var row = MemoryMarshal.Cast<float, Vector<float>>(_rows.AsSpan(r * _stride, _stride));
            for (var v = 0; v < acc.Length; v++)
                acc[v] += row[v];
        }
        sum[..ClassCount].CopyTo(scores);
    }

    private static ulong Key(ulong feature) => feature == 0 ? 1 : feature;

    /// <summary>The keys and weight rows (back in half precision), in table order, for writing the model again.</summary>
    public (ulong[] Keys, Half[] Weights) Export()
    {
        var keys = new List<ulong>(FeatureCount);
        var weights = new List<Half>(FeatureCount * ClassCount);
        foreach (var slot in _slots)
        {
            if (slot.Key == 0)
                continue;
            keys.Add(slot.Key);
            for (var c = 0; c < ClassCount; c++)
                weights.Add((Half)_rows[slot.Row * _stride + c]);
        }
        return ([.. keys], [.. weights]);
    }
}
