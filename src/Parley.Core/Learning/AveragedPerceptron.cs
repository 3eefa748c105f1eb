namespace Parley.Learning;

/// <summary>
/// The reference learner: a multi-class averaged perceptron over string features, written for clarity after
/// Honnibal's "A good part-of-speech tagger in about 200 lines of Python". The fast learner,
/// <see cref="HashedPerceptron"/>, is tested to predict the same; use this one to read, debug and explain.
/// </summary>
public sealed class AveragedPerceptron
{
    // feature -> class -> weight
    private readonly Dictionary<string, Dictionary<int, float>> _weights = new(StringComparer.Ordinal);
    // For averaging: the accumulated weight, and the update count when each weight last changed.
    private readonly Dictionary<(string Feature, int Class), float> _totals = [];
    private readonly Dictionary<(string Feature, int Class), int> _stamps = [];
    private int _instances;

    /// <summary>Creates a learner over <paramref name="classCount"/> classes, numbered from 0.</summary>
    public AveragedPerceptron(int classCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 1);
        ClassCount = classCount;
    }

    /// <summary>Number of classes.</summary>
    public int ClassCount { get; }

    /// <summary>Adds each feature's weights for every class into <paramref name="scores"/> (cleared first).</summary>
    public void Score(IEnumerable<string> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var f in features)
        {
            if (!_weights.TryGetValue(f, out var row))
                continue;
            foreach (var (c, w) in row)
                scores[c] += w;
        }
    }

    /// <summary>The best-scoring class; ties go to the lowest class number.</summary>
    public int Predict(IEnumerable<string> features)
    {
        Span<float> scores = stackalloc float[ClassCount];
        Score(features, scores);
        return ArgMax(scores);
    }

    /// <summary>Index of the largest score (the lowest index on ties).</summary>
    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
            if (scores[i] > scores[best])
                best = i;
        return best;
    }

    /// <summary>One training step: rewards the true class and penalises the guess when they differ.</summary>
    public void Update(int truth, int guess, IEnumerable<string> features)
    {
        _instances++;
        if (truth == guess)
            return;
        foreach (var f in features)
        {
            if (!_weights.TryGetValue(f, out var row))
                _weights[f] = row = [];
            UpdateWeight(f, row, truth, 1f);
            UpdateWeight(f, row, guess, -1f);
        }
    }

    private void UpdateWeight(string feature, Dictionary<int, float> row, int c, float delta)
    {
        var key = (feature, c);
        var w = row.GetValueOrDefault(c);
        // Lazy averaging: credit the current weight for every instance since it last changed.
        _totals[key] = _totals.GetValueOrDefault(key) + (_instances - _stamps.GetValueOrDefault(key)) * w;
        _stamps[key] = _instances;
        row[c] = w + delta;
    }

    /// <summary>Replaces every weight by its average over all training instances. Call once, after training.</summary>
    public void Average()
    {
        foreach (var (feature, row) in _weights)
        {
            foreach (var c in row.Keys.ToList())
            {
                var key = (feature, c);
                var total = _totals.GetValueOrDefault(key) + (_instances - _stamps.GetValueOrDefault(key)) * row[c];
                row[c] = _instances == 0 ? 0 : total / _instances;
            }
        }
    }

    /// <summary>The weights, for export to the fast form: feature → (class, weight) pairs.</summary>
    public IEnumerable<(string Feature, int Class, float Weight)> Weights() =>
        _weights.SelectMany(kv => kv.Value.Select(cw => (kv.Key, cw.Key, cw.Value)));
}
