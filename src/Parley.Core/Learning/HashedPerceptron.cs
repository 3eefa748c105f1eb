namespace Parley.Learning;

/// <summary>
/// The fast averaged perceptron: features are 64-bit hashes (<see cref="FeatureHash"/>), each feature owns a
/// row of <see cref="ClassCount"/> weights (kept sparsely, <see cref="SparseRows"/>), and scoring adds rows into a
/// caller's span without allocating. Train with <see cref="HashedPerceptronTrainer"/>; the trained model is immutable and thread-safe.
/// </summary>
public sealed class HashedPerceptron
{
    private readonly SparseRows _rows;

    internal HashedPerceptron(int classCount, FeatureTable table, float[] weights)
        : this(classCount, SparseRows.FromDense(classCount, table, weights))
    {
    }

    internal HashedPerceptron(int classCount, SparseRows rows)
    {
        ClassCount = classCount;
        _rows = rows;
    }

    /// <summary>Number of classes.</summary>
    public int ClassCount { get; }

    /// <summary>Number of features with a weight row.</summary>
    public int FeatureCount => _rows.Count;

    /// <summary>Adds the rows of <paramref name="features"/> into <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores) => _rows.Score(features, scores[..ClassCount]);

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
        writer.Write(_rows.Count);
        var row = new float[ClassCount];
        for (var r = 0; r < _rows.Count; r++)
        {
            var (key, entries) = _rows.Row(r);
            writer.Write(key);
            Array.Clear(row);
            foreach (var e in entries.Span)
                row[e.Class] = e.Weight;
            foreach (var x in row)
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
