using Parley.Learning;

namespace Parley.Parsing;

/// <summary>
/// The label weights of a loaded model, kept as <see cref="SparseRows"/>: a label row holds 3.3 non-zero weights
/// of 83 on average, so most features cost one slot and a few entries instead of a padded row of six cache lines.
/// Scores equal those of the <see cref="HashedPerceptron"/> read from the same file: the same values are added to
/// each class in the same order. Immutable and thread-safe.
/// </summary>
internal sealed class CompactLabelWeights
{
    private readonly SparseRows _rows;

    /// <summary>Builds the table from keys and their rows of <paramref name="classes"/> weights, in the file's order.</summary>
    public CompactLabelWeights(int classes, ReadOnlySpan<ulong> keys, ReadOnlySpan<Half> weights)
    {
        ClassCount = classes;
        var starts = new int[keys.Length + 1];
        var entries = new List<SparseRows.Entry>(keys.Length * 4);
        for (var r = 0; r < keys.Length; r++)
        {
            starts[r] = entries.Count;
            for (var c = 0; c < classes; c++)
            {
                // Bits, not value: a weight of -0 is kept, so that the rows exported are the same.
                var w = weights[r * classes + c];
                if (BitConverter.HalfToUInt16Bits(w) != 0)
                    entries.Add(new SparseRows.Entry { Class = c, Weight = (float)w });
            }
        }
        starts[keys.Length] = entries.Count;
        // Keys are unique in a model the trainer wrote; a repeated one is malformed data.
        _rows = SparseRows.Build(classes, keys.ToArray(), starts, [.. entries], out _)
            ?? throw new InvalidDataException("the label model repeats a feature key");
    }

    public int ClassCount { get; }

    public int FeatureCount => _rows.Count;

    /// <summary>Adds the rows of <paramref name="features"/> into the first <see cref="ClassCount"/> <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores) => _rows.Score(features, scores);

    /// <summary>The keys and weight rows (back in half precision), in table order, for writing the model again.</summary>
    public (ulong[] Keys, Half[] Weights) Export()
    {
        var keys = new List<ulong>(FeatureCount);
        var weights = new List<Half>(FeatureCount * ClassCount);
        var row = new Half[ClassCount];
        foreach (var r in _rows.SlotOrder())
        {
            var (key, entries) = _rows.Row(r);
            keys.Add(key);
            Array.Fill(row, (Half)0f);
            foreach (var e in entries.Span)
                row[e.Class] = (Half)e.Weight;
            weights.AddRange(row);
        }
        return ([.. keys], [.. weights]);
    }
}
