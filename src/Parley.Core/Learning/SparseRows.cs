using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Parley.Learning;

/// <summary>
/// The weight rows of a trained <see cref="HashedPerceptron"/>, mostly stored sparsely: a row with few non-zero
/// weights keeps only those, as (class, weight) entries, the first two inside its slot of the open-addressing table
/// that maps keys to rows; a row with more non-zero weights than SIMD vectors per row stays dense and is added a
/// vector at a time. The tagger's rows have 3.5 non-zero weights out of 127 on average (62 % have two), the
/// recognizer's 3 of 7, the parser's label rows 3.3 of 83, so most features cost one cache line instead of a dense
/// row of several. Scores equal the dense rows' sums bit for bit: every class adds the same non-zero weights in the
/// same feature order, and the skipped additions of +0 leave a sum unchanged (a sum that starts at +0 is never -0;
/// weights of -0 are kept as entries). Immutable and thread-safe.
/// </summary>
internal sealed partial class SparseRows
{
    // One 32-byte slot per key, aligned to cache lines (see SlotTable): the key, its row's place, and up to two
    // entries inline. Count: the number of entries (more than Inline: at Start in _entries), or -1 for a dense row
    // at Start in _dense.
    private struct Slot
    {
        public ulong Key;
        public int Start;
        public int Count;
        public float W0, W1;
        public int C0, C1;
    }

    private const int Inline = 2;

    /// <summary>One non-zero weight of a row.</summary>
    public struct Entry
    {
        public int Class;
        public float Weight;
    }

    private readonly SlotTable _table;
    private readonly int _mask;
    private readonly ulong[] _keys;
    private readonly int[] _starts;
    private readonly Entry[] _entries;
    private readonly float[] _dense;
    private readonly int _classes;
    private readonly int _stride;

    /// <summary>Number of rows.</summary>
    public int Count => _keys.Length;

    // Rows padded to whole SIMD vectors.
    private static int Stride(int classes) => (classes + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;

    /// <summary>Row <paramref name="row"/> in order: its key and its entries.</summary>
    public (ulong Key, ReadOnlyMemory<Entry> Entries) Row(int row) =>
        (_keys[row], _entries.AsMemory(_starts[row], _starts[row + 1] - _starts[row]));

    /// <summary>The row numbers in the order of their slots in the table (the order a dense table of the same keys has).</summary>
    public IEnumerable<int> SlotOrder()
    {
        var rowOf = new Dictionary<ulong, int>(_keys.Length);
        for (var r = 0; r < _keys.Length; r++)
            rowOf[_keys[r]] = r;
        for (var i = 0; i <= _mask; i++)
        {
            var key = _table[i].Key;
            if (key != 0)
                yield return rowOf[key];
        }
    }

    /// <summary>
    /// Writes the sums of the rows of <paramref name="features"/> into the first classes of
    /// <paramref name="scores"/>.
    /// </summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<int> rows = features.Length <= 256 ? stackalloc int[features.Length] : new int[features.Length];
        var found = Find(features, rows);
        Span<float> sums = _stride <= 1024 ? stackalloc float[_stride] : new float[_stride];
        sums.Clear();
        ref var sum = ref MemoryMarshal.GetReference(sums);
        ref var dense = ref MemoryMarshal.GetArrayDataReference(_dense);
        var entries = _entries;
        PrefetchRows(rows[..found]);
        // Row by row in feature order, so that every class adds its weights in that order.
        foreach (var i in rows[..found])
        {
            ref readonly var slot = ref _table[i];
            if (slot.Count < 0)
            {
                ref var row = ref Unsafe.Add(ref dense, slot.Start);
                for (var v = 0; v < _stride; v += Vector<float>.Count)
                    (Vector.LoadUnsafe(ref sum, (nuint)v) + Vector.LoadUnsafe(ref row, (nuint)v)).StoreUnsafe(ref sum, (nuint)v);
            }
            else if (slot.Count <= Inline)
            {
                if (slot.Count > 0)
                    Unsafe.Add(ref sum, slot.C0) += slot.W0;
                if (slot.Count > 1)
                    Unsafe.Add(ref sum, slot.C1) += slot.W1;
            }
            else
            {
                foreach (var e in entries.AsSpan(slot.Start, slot.Count))
                    Unsafe.Add(ref sum, e.Class) += e.Weight;
            }
        }
        sums[.._classes].CopyTo(scores);
    }

    // Asks for the rows kept outside their slots (the entries after the inline ones, or a dense row's first line)
    // before any is added, so that those cache misses overlap instead of coming one row at a time.
    private unsafe void PrefetchRows(ReadOnlySpan<int> rows)
    {
        if (!Sse.IsSupported)
            return;
        ref var entries = ref MemoryMarshal.GetArrayDataReference(_entries);
        ref var dense = ref MemoryMarshal.GetArrayDataReference(_dense);
        foreach (var i in rows)
        {
            ref readonly var slot = ref _table[i];
            if (slot.Count < 0)
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref dense, slot.Start)));
            else if (slot.Count > Inline)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref entries, slot.Start)));
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref entries, slot.Start + slot.Count - 1)));
            }
        }
    }

    // The slots of the features present, in order; returns their number. Every home slot is read first: those
    // loads are independent, so their cache misses overlap instead of waiting one by one behind the probing.
    private int Find(ReadOnlySpan<ulong> features, Span<int> rows)
    {
        var table = _table;
        var mask = _mask;
        Span<ulong> home = features.Length <= 256 ? stackalloc ulong[features.Length] : new ulong[features.Length];
        for (var k = 0; k < features.Length; k++)
            home[k] = table[(int)(NonZero(features[k]) & (ulong)mask)].Key;
        var found = 0;
        for (var k = 0; k < features.Length; k++)
        {
            if (home[k] == 0)
                continue;
            var key = NonZero(features[k]);
            for (var i = (int)(key & (ulong)mask); ; i = (i + 1) & mask)
            {
                var slotKey = table[i].Key;
                if (slotKey == key)
                {
                    rows[found++] = i;
                    break;
                }
                if (slotKey == 0)
                    break;
            }
        }
        return found;
    }

    private static ulong NonZero(ulong key) => key == 0 ? 1 : key;
}
