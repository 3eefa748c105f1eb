namespace Parley.Learning;

/// <summary>
/// The fast averaged perceptron: features are 64-bit hashes (<see cref="FeatureHash"/>), each feature owns one
/// contiguous row of <see cref="ClassCount"/> weights, and scoring adds rows into a caller's span without
/// allocating. Train with <see cref="HashedPerceptronTrainer"/>; the trained model is immutable and thread-safe.
/// </summary>
public sealed class HashedPerceptron
{
    private readonly FeatureTable _table;
    private readonly float[] _weights;

    internal HashedPerceptron(int classCount, FeatureTable table, float[] weights)
    {
        ClassCount = classCount;
        _table = table;
        _weights = weights;
    }

    /// <summary>Number of classes.</summary>
    public int ClassCount { get; }

    /// <summary>Number of features with a weight row.</summary>
    public int FeatureCount => _table.Count;

    /// <summary>Adds the rows of <paramref name="features"/> into <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores = scores[..ClassCount];
        scores.Clear();
        var weights = _weights.AsSpan();
        // Look every feature up first: the lookups are independent, so their cache misses overlap.
        Span<int> rows = features.Length <= 256 ? stackalloc int[features.Length] : new int[features.Length];
        for (var i = 0; i < features.Length; i++)
            rows[i] = _table.Find(features[i]);
        foreach (var row in rows)
        {
            if (row >= 0)
                AddRow(weights.Slice(row * ClassCount, ClassCount), scores);
        }
    }

    // scores += row, vectorised; each class still sums its rows in the same order, so results equal the scalar loop.
    private static void AddRow(ReadOnlySpan<float> row, Span<float> scores)
    {
        var c = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated)
        {
            var width = System.Numerics.Vector<float>.Count;
            for (; c <= row.Length - width; c += width)
                (new System.Numerics.Vector<float>(scores[c..]) + new System.Numerics.Vector<float>(row[c..])).CopyTo(scores[c..]);
        }
        for (; c < row.Length; c++)
            scores[c] += row[c];
    }

    /// <summary>The best-scoring class; ties go to the lowest class number.</summary>
    public int Predict(ReadOnlySpan<ulong> features)
    {
        Span<float> scores = ClassCount <= 512 ? stackalloc float[ClassCount] : new float[ClassCount];
        Score(features, scores);
        return AveragedPerceptron.ArgMax(scores);
    }

    /// <summary>Writes the model: class count, feature keys and weight rows.</summary>
    public void Save(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ClassCount);
        writer.Write(_table.Count);
        foreach (var (key, row) in _table.Entries())
        {
            writer.Write(key);
            var w = _weights.AsSpan(row * ClassCount, ClassCount);
            foreach (var x in w)
                writer.Write(x);
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The data is not a model.</exception>
    public static HashedPerceptron Load(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var classes = reader.ReadInt32();
        var count = reader.ReadInt32();
        if (classes <= 0 || count < 0)
            throw new InvalidDataException($"bad perceptron header: {classes} classes, {count} features");
        var table = new FeatureTable(count);
        var weights = new float[count * classes];
        for (var i = 0; i < count; i++)
        {
            table.Add(reader.ReadUInt64());
            for (var c = 0; c < classes; c++)
                weights[i * classes + c] = reader.ReadSingle();
        }
        return new HashedPerceptron(classes, table, weights);
    }
}
