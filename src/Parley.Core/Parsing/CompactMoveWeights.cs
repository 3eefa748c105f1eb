using System.Runtime.InteropServices;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

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

    // Slot i is two words from _offset + 2i: the key, then the four weights' half-precision bits (class c in bits
    // 16c..16c+15). The array is pinned and _offset puts slot 0 at the start of a cache line, so that no slot
    // straddles two lines (a plain array's 16-byte slots would, one in four).
    private readonly ulong[] _cells;
    private readonly int _offset;
    private readonly int _mask;
    private readonly bool _allFinite = true;

    /// <summary>Builds the table from keys and their rows of four weights, in the file's order.</summary>
    public CompactMoveWeights(ReadOnlySpan<ulong> keys, ReadOnlySpan<Half> weights)
    {
        var size = 16;
        while (size < keys.Length * 2)
            size <<= 1;
        _cells = Learning.LargeTables.Allocate<ulong>(size * 2 + 8, pinned: true);
        _offset = (int)((64 - (Marshal.UnsafeAddrOfPinnedArrayElement(_cells, 0) & 63)) & 63) / sizeof(ulong);
        _mask = size - 1;
        FeatureCount = keys.Length;
        for (var r = 0; r < keys.Length; r++)
        {
            var key = keys[r] == 0 ? 1 : keys[r];
            var i = (int)(key & (ulong)_mask);
            while (KeyAt(i) != 0 && KeyAt(i) != key)
                i = (i + 1) & _mask;
            var bits = 0UL;
            for (var c = 0; c < Classes; c++)
                bits |= (ulong)BitConverter.HalfToUInt16Bits(weights[r * Classes + c]) << (16 * c);
            _cells[_offset + 2 * i] = key;
            _cells[_offset + 2 * i + 1] = bits;
            _allFinite &= Half.IsFinite(weights[r * Classes]) && Half.IsFinite(weights[r * Classes + 1])
                && Half.IsFinite(weights[r * Classes + 2]) && Half.IsFinite(weights[r * Classes + 3]);
        }
    }

    public int FeatureCount { get; }

    /// <summary>Adds the weights of <paramref name="features"/> into the four <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (!_allFinite)
        {
            ScoreOneByOne(features, scores);
            return;
        }
        var cells = _cells.AsSpan(_offset, 2 * (_mask + 1));
        var mask = _mask;
        Span<int> home = features.Length <= 128 ? stackalloc int[features.Length] : new int[features.Length];
        Span<ulong> homeKey = features.Length <= 128 ? stackalloc ulong[features.Length] : new ulong[features.Length];
        // Read every feature's home slot first: the loads are independent, so their cache misses overlap instead of
        // waiting one by one behind the probe loop's hard-to-predict branches.
        for (var f = 0; f < features.Length; f++)
        {
            var h = (int)(Key(features[f]) & (ulong)mask);
            home[f] = h;
            homeKey[f] = cells[2 * h];
        }
        var sum = Vector128<float>.Zero;
        for (var f = 0; f < features.Length; f++)
        {
            var key = Key(features[f]);
            if (homeKey[f] == key)
                sum += Widen(cells[2 * home[f] + 1]);
            else if (homeKey[f] != 0)
                sum += Probe(cells, mask, key, (home[f] + 1) & mask);
        }
        sum.CopyTo(scores);
    }

    /// <summary>
    /// Asks the processor to bring the home slots of <paramref name="features"/> into the cache without waiting for
    /// them (a hint: the feature writer calls it for the features written so far, so that their cache misses overlap
    /// with the hashing of the rest). Does nothing where SSE is missing.
    /// </summary>
    public unsafe void Prefetch(ReadOnlySpan<ulong> features)
    {
        if (!Sse.IsSupported)
            return;
        ref var cells = ref _cells[_offset];
        foreach (var f in features)
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref cells, 2 * (int)(Key(f) & (ulong)_mask))));
    }

    // The plain form, for weights that Widen cannot convert.
    private void ScoreOneByOne(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..Classes].Clear();
        foreach (var f in features)
        {
            var key = Key(f);
            for (var i = (int)(key & (ulong)_mask); KeyAt(i) != 0; i = (i + 1) & _mask)
            {
                if (KeyAt(i) != key)
                    continue;
                for (var c = 0; c < Classes; c++)
                    scores[c] += (float)BitConverter.UInt16BitsToHalf((ushort)(WeightsAt(i) >> (16 * c)));
                break;
            }
        }
    }

    private static ulong Key(ulong feature) => feature == 0 ? 1 : feature;

    private ulong KeyAt(int slot) => _cells[_offset + 2 * slot];

    private ulong WeightsAt(int slot) => _cells[_offset + 2 * slot + 1];

    // The weights of key from slot i on (zero when absent).
    private static Vector128<float> Probe(ReadOnlySpan<ulong> cells, int mask, ulong key, int i)
    {
        for (; ; i = (i + 1) & mask)
        {
            var slotKey = cells[2 * i];
            if (slotKey == key)
                return Widen(cells[2 * i + 1]);
            if (slotKey == 0)
                return Vector128<float>.Zero;
        }
    }

    /// <summary>
    /// Four half-precision bit patterns to floats, exactly as <c>(float)Half</c> converts finite values: the
    /// exponent and mantissa moved into a float's place, then scaled by 2^112 (exact for normal and subnormal
    /// halves), the sign put back. Not for infinities and NaN (<see cref="Score"/> then converts one by one).
    /// </summary>
    internal static Vector128<float> Widen(ulong bits)
    {
        var h = Vector128.WidenLower(Vector128.CreateScalarUnsafe(bits).AsUInt16());
        var magnitude = ((h & Vector128.Create(0x7FFFu)) << 13).AsSingle() * Vector128.Create(0x77800000u).AsSingle(); // 2^112
        return (magnitude.AsUInt32() | ((h & Vector128.Create(0x8000u)) << 16)).AsSingle();
    }

    /// <summary>The keys and weight rows, in table order, for writing the model again.</summary>
    public (ulong[] Keys, Half[] Weights) Export()
    {
        var keys = new List<ulong>(FeatureCount);
        var weights = new List<Half>(FeatureCount * Classes);
        for (var i = 0; i <= _mask; i++)
        {
            if (KeyAt(i) == 0)
                continue;
            keys.Add(KeyAt(i));
            for (var c = 0; c < Classes; c++)
                weights.Add(BitConverter.UInt16BitsToHalf((ushort)(WeightsAt(i) >> (16 * c))));
        }
        return ([.. keys], [.. weights]);
    }
}
