namespace Parley.Parsing;

/// <summary>
/// The move weights of a loaded model in one open-addressing table whose 16-byte slots hold the feature key and
/// its four half-precision weights together, so that scoring a feature touches one cache line instead of three
/// (key, row number, row). Scores equal those of the <see cref="Learning.HashedPerceptron"/> read from the same
/// file: the same half-precision values are added in the same order. Immutable and thread-safe.
/// </summary>
internal sealed class CompactMoveWeights
{
    public const int Classes = 4;

    private struct Slot
    {
        public ulong Key;
        public Half W0, W1, W2, W3;
    }

    private readonly Slot[] _slots;
    private readonly int _mask;

    /// <summary>Builds the table from keys and their rows of four weights, in the file's order.</summary>
    public CompactMoveWeights(ReadOnlySpan<ulong> keys, ReadOnlySpan<Half> weights)
    {
        var size = 16;
        while (size < keys.Length * 2)
            size <<= 1;
        _slots = new Slot[size];
        _mask = size - 1;
        FeatureCount = keys.Length;
        for (var r = 0; r < keys.Length; r++)
        {
            var key = keys[r] == 0 ? 1 : keys[r];
            var i = (int)(key & (ulong)_mask);
            while (_slots[i].Key != 0 && _slots[i].Key != key)
                i = (i + 1) & _mask;
            var w = weights.Slice(r * Classes, Classes);
            _slots[i] = new Slot { Key = key, W0 = w[0], W1 = w[1], W2 = w[2], W3 = w[3] };
        }
    }

    public int FeatureCount { get; }

    /// <summary>Adds the weights of <paramref name="features"/> into the four <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        var slots = _slots;
        foreach (var f in features)
        {
            var key = f == 0 ? 1 : f;
            for (var i = (int)(key & (ulong)_mask); ; i = (i + 1) & _mask)
            {
                ref readonly var slot = ref slots[i];
                if (slot.Key == key)
                {
                    s0 += (float)slot.W0;
                    s1 += (float)slot.W1;
                    s2 += (float)slot.W2;
                    s3 += (float)slot.W3;
                    break;
                }
                if (slot.Key == 0)
                    break;
            }
        }
        scores[0] = s0;
        scores[1] = s1;
        scores[2] = s2;
        scores[3] = s3;
    }

    /// <summary>The keys and weight rows, in table order, for writing the model again.</summary>
    public (ulong[] Keys, Half[] Weights) Export()
    {
        var keys = new List<ulong>(FeatureCount);
        var weights = new List<Half>(FeatureCount * Classes);
        foreach (var slot in _slots)
        {
            if (slot.Key == 0)
                continue;
            keys.Add(slot.Key);
            weights.AddRange([slot.W0, slot.W1, slot.W2, slot.W3]);
        }
        return ([.. keys], [.. weights]);
    }
}
