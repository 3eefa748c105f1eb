namespace Parley.Learning;

/// <summary>
/// Trains a <see cref="HashedPerceptron"/>: the same algorithm as <see cref="AveragedPerceptron"/> (lazy
/// averaging), over hashed features and contiguous weight rows. Not thread-safe.
/// </summary>
public sealed class HashedPerceptronTrainer
{
    private readonly FeatureTable _table = new(1 << 16);
    private float[] _weights;
    private float[] _totals;
    private int[] _stamps;
    private int _instances;

    /// <summary>Creates a trainer for <paramref name="classCount"/> classes.</summary>
    public HashedPerceptronTrainer(int classCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 1);
        ClassCount = classCount;
        _weights = new float[(1 << 16) * classCount];
        _totals = new float[_weights.Length];
        _stamps = new int[_weights.Length];
    }

    /// <summary>Number of classes.</summary>
    public int ClassCount { get; }

    /// <summary>Scores with the current (not averaged) weights, as during training.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores = scores[..ClassCount];
        scores.Clear();
        foreach (var f in features)
        {
            var row = _table.Find(f);
            if (row < 0)
                continue;
            var w = _weights.AsSpan(row * ClassCount, ClassCount);
            for (var c = 0; c < w.Length; c++)
                scores[c] += w[c];
        }
    }

    /// <summary>The best class under the current weights.</summary>
    public int Predict(ReadOnlySpan<ulong> features)
    {
        Span<float> scores = ClassCount <= 512 ? stackalloc float[ClassCount] : new float[ClassCount];
        Score(features, scores);
        return AveragedPerceptron.ArgMax(scores);
    }

    /// <summary>One training step: rewards the true class and penalises the guess when they differ.</summary>
    public void Update(int truth, int guess, ReadOnlySpan<ulong> features)
    {
        _instances++;
        if (truth == guess)
            return;
        foreach (var f in features)
        {
            var row = _table.Add(f);
            EnsureCapacity(row);
            Change(row * ClassCount + truth, 1f);
            Change(row * ClassCount + guess, -1f);
        }
    }

    private void Change(int i, float delta)
    {
        _totals[i] += (_instances - _stamps[i]) * _weights[i];
        _stamps[i] = _instances;
        _weights[i] += delta;
    }

    private void EnsureCapacity(int row)
    {
        var needed = (row + 1) * ClassCount;
        if (needed <= _weights.Length)
            return;
        var size = Math.Max(needed, _weights.Length * 2);
        Array.Resize(ref _weights, size);
        Array.Resize(ref _totals, size);
        Array.Resize(ref _stamps, size);
    }

    /// <summary>
    /// Averages the weights and returns the immutable model. Features whose averaged weights are all below
    /// <paramref name="pruneBelow"/> in absolute value are dropped, to keep models small.
    /// </summary>
    public HashedPerceptron Build(float pruneBelow = 0f)
    {
        var table = new FeatureTable(_table.Count);
        var kept = new List<float>(_table.Count * ClassCount);
        Span<float> row = ClassCount <= 512 ? stackalloc float[ClassCount] : new float[ClassCount];
        foreach (var (key, r) in _table.Entries())
        {
            var max = 0f;
            for (var c = 0; c < ClassCount; c++)
            {
                var i = r * ClassCount + c;
                var total = _totals[i] + (_instances - _stamps[i]) * _weights[i];
                row[c] = _instances == 0 ? 0 : total / _instances;
                max = Math.Max(max, Math.Abs(row[c]));
            }
            if (max <= pruneBelow)
                continue;
            table.Add(key);
            foreach (var x in row)
                kept.Add(x);
        }
        return new HashedPerceptron(ClassCount, table, [.. kept]);
    }
}
