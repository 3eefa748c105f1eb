using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
        // A large model's rows move onto huge pages (see LargeTables); the values stay the same.
        LargeTables.Collapse(weights);
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
        // Look every feature up first: the lookups are independent, so their cache misses overlap.
        Span<int> rows = features.Length <= 256 ? stackalloc int[features.Length] : new int[features.Length];
        rows = rows[.._table.FindAll(features, rows)];
        // Then one block of classes at a time over all rows: the block's sum stays in a register, and each class
        // still adds its rows in feature order starting from 0, so results equal the plain loop's.
        var n = ClassCount;
        ref var weights = ref MemoryMarshal.GetArrayDataReference(_weights);
        ref var sums = ref MemoryMarshal.GetReference(scores);
        var c = 0;
        var width = Vector<float>.Count;
        if (Vector.IsHardwareAccelerated && n >= width)
        {
            for (; c <= n - width; c += width)
                SumBlock(rows, ref weights, n, c).StoreUnsafe(ref sums, (nuint)c);
            // The last classes as one more block ending at the last class: the classes it shares with the block
            // before get the same sums again.
            if (c < n)
                SumBlock(rows, ref weights, n, n - width).StoreUnsafe(ref sums, (nuint)(n - width));
            return;
        }
        for (; c < n; c++)
        {
            var sum = 0f;
            foreach (var row in rows)
                sum += Unsafe.Add(ref weights, (nint)((long)row * n + c));
            scores[c] = sum;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<float> SumBlock(ReadOnlySpan<int> rows, ref float weights, int n, int c)
    {
        var sum = Vector<float>.Zero;
        foreach (var row in rows)
            sum += Vector.LoadUnsafe(ref weights, (nuint)((long)row * n + c));
        return sum;
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
