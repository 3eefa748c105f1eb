using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Parley.Learning;

/// <summary>
/// The weight rows of a trained <see cref="HashedPerceptron"/>, mostly stored sparsely: a row with few non-zero
/// weights keeps only those, as (class, weight) entries; a row with more non-zero weights than SIMD vectors per
/// row stays dense and is added a vector at a time. An open-addressing table maps each key to its row. The
/// tagger's rows have 3.5 non-zero weights out of 127 on average (the recognizer's 3 of 7, the parser's label rows
/// 3.3 of 83), so most features cost one slot and a few entries instead of a dense row of several cache lines.
/// Scores equal the dense rows' sums bit for bit: every class adds the same non-zero weights in the same feature
/// order, and the skipped additions of +0 leave a sum unchanged (a sum that starts at +0 is never -0; weights of
/// -0 are kept as entries). Immutable and thread-safe.
/// </summary>
internal sealed class SparseRows
{
    // Key and where its row is, side by side: a lookup touches one cache line. Count < 0: a dense row at Start.
    private struct Slot
    {
        public ulong Key;
        public int Start;
        public int Count;
    }

    /// <summary>One non-zero weight of a row.</summary>
    public struct Entry
    {
        public int Class;
        public float Weight;
    }

    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly ulong[] _keys;
    private readonly int[] _starts;
    private readonly Entry[] _entries;
    private readonly float[] _dense;
    private readonly int _classes;
    private readonly int _stride;

    private SparseRows(int classes, Slot[] slots, ulong[] keys, int[] starts, Entry[] entries, float[] dense)
    {
        _classes = classes;
        _stride = Stride(classes);
        _slots = slots;
        _mask = slots.Length - 1;
        _keys = keys;
        _starts = starts;
        _entries = entries;
        _dense = dense;
    }

    /// <summary>Number of rows.</summary>
    public int Count => _keys.Length;

    // Rows padded to whole SIMD vectors.
    private static int Stride(int classes) => (classes + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;

    /// <summary>
    /// Builds the table from keys in row order, <paramref name="starts"/> (length keys + 1: row r's entries are
    /// <c>entries[starts[r]..starts[r + 1]]</c>, classes below <paramref name="classes"/>) and the entries; null when
    /// a key repeats (<paramref name="duplicate"/> is then its second row). Key 0 is stored as 1, as
    /// <see cref="FeatureTable"/> does.
    /// </summary>
    public static SparseRows? Build(int classes, ulong[] keys, int[] starts, Entry[] entries, out int duplicate)
    {
        var size = 16;
        while (size < keys.Length * 2)
            size <<= 1;
        var slots = LargeTables.Allocate<Slot>(size);
        var mask = size - 1;
        var stride = Stride(classes);
        var vectors = stride / Vector<float>.Count;
        var denseRows = 0;
        for (var r = 0; r < keys.Length; r++)
            denseRows += starts[r + 1] - starts[r] > vectors ? 1 : 0;
        var dense = LargeTables.Allocate<float>(denseRows * stride);
        var next = 0;
        duplicate = -1;
        for (var r = 0; r < keys.Length; r++)
        {
            var key = keys[r] = NonZero(keys[r]);
            var i = (int)(key & (ulong)mask);
            while (slots[i].Key != 0 && slots[i].Key != key)
                i = (i + 1) & mask;
            if (slots[i].Key == key)
            {
                duplicate = r;
                return null;
            }
            var count = starts[r + 1] - starts[r];
            if (count <= vectors)
            {
                slots[i] = new Slot { Key = key, Start = starts[r], Count = count };
                continue;
            }
            foreach (var e in entries.AsSpan(starts[r], count))
                dense[next + e.Class] = e.Weight;
            slots[i] = new Slot { Key = key, Start = next, Count = -1 };
            next += stride;
        }
        return new SparseRows(classes, slots, keys, starts, entries, dense);
    }

    /// <summary>The sparse form of dense rows (row r of <paramref name="table"/> at <c>weights[r * classes..]</c>).</summary>
    public static SparseRows FromDense(int classes, FeatureTable table, float[] weights)
    {
        var keys = new ulong[table.Count];
        var starts = new int[table.Count + 1];
        var entries = new List<Entry>();
        foreach (var (key, row) in table.Entries())
        {
            keys[row] = key;
            starts[row] = entries.Count;
            for (var c = 0; c < classes; c++)
            {
                // Bits, not value: a weight of -0 is kept, so that the rows written back are the same.
                var w = weights[(long)row * classes + c];
                if (BitConverter.SingleToInt32Bits(w) != 0)
                    entries.Add(new Entry { Class = c, Weight = w });
            }
        }
        starts[table.Count] = entries.Count;
        return Build(classes, keys, starts, [.. entries], out _)
            ?? throw new ArgumentException("the feature table repeats a key", nameof(table));
    }

    /// <summary>Row <paramref name="row"/> in order: its key and its entries.</summary>
    public (ulong Key, ReadOnlyMemory<Entry> Entries) Row(int row) =>
        (_keys[row], _entries.AsMemory(_starts[row], _starts[row + 1] - _starts[row]));

    /// <summary>The row numbers in the order of their slots in the table (the order a dense table of the same keys has).</summary>
    public IEnumerable<int> SlotOrder()
    {
        var rowOf = new Dictionary<ulong, int>(_keys.Length);
        for (var r = 0; r < _keys.Length; r++)
            rowOf[_keys[r]] = r;
        foreach (var slot in _slots)
            if (slot.Key != 0)
                yield return rowOf[slot.Key];
    }

    /// <summary>
    /// Writes the sums of the rows of <paramref name="features"/> into the first classes of
    /// <paramref name="scores"/>.
    /// </summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var n = features.Length;
        Span<int> starts = n <= 256 ? stackalloc int[n] : new int[n];
        Span<int> counts = n <= 256 ? stackalloc int[n] : new int[n];
        var found = Find(features, starts, counts);
        Span<float> sums = _stride <= 1024 ? stackalloc float[_stride] : new float[_stride];
        sums.Clear();
        ref var sum = ref MemoryMarshal.GetReference(sums);
        ref var dense = ref MemoryMarshal.GetArrayDataReference(_dense);
        var entries = _entries;
        // Row by row in feature order, so that every class adds its weights in that order.
        for (var k = 0; k < found; k++)
        {
            if (counts[k] < 0)
            {
                ref var row = ref Unsafe.Add(ref dense, starts[k]);
                for (var v = 0; v < _stride; v += Vector<float>.Count)
                    (Vector.LoadUnsafe(ref sum, (nuint)v) + Vector.LoadUnsafe(ref row, (nuint)v)).StoreUnsafe(ref sum, (nuint)v);
                continue;
            }
            foreach (var e in entries.AsSpan(starts[k], counts[k]))
                Unsafe.Add(ref sum, e.Class) += e.Weight;
        }
        sums[.._classes].CopyTo(scores);
    }

    // Where the rows of the features present are, in order; returns their number. Every home slot is read first:
    // those loads are independent, so their cache misses overlap instead of waiting one by one behind the probing.
    private int Find(ReadOnlySpan<ulong> features, Span<int> starts, Span<int> counts)
    {
        var slots = _slots;
        var mask = _mask;
        Span<ulong> home = features.Length <= 256 ? stackalloc ulong[features.Length] : new ulong[features.Length];
        for (var k = 0; k < features.Length; k++)
            home[k] = slots[(int)(NonZero(features[k]) & (ulong)mask)].Key;
        var found = 0;
        for (var k = 0; k < features.Length; k++)
        {
            if (home[k] == 0)
                continue;
            var key = NonZero(features[k]);
            for (var i = (int)(key & (ulong)mask); ; i = (i + 1) & mask)
            {
                ref readonly var slot = ref slots[i];
                if (slot.Key == key)
                {
                    (starts[found], counts[found]) = (slot.Start, slot.Count);
                    found++;
                    break;
                }
                if (slot.Key == 0)
                    break;
            }
        }
        return found;
    }

    private static ulong NonZero(ulong key) => key == 0 ? 1 : key;
}
