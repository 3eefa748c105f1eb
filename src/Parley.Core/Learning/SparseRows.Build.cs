using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Parley.Learning;

internal sealed partial class SparseRows
{
    private SparseRows(int classes, SlotTable table, int size, ulong[] keys, int[] starts, Entry[] entries, float[] dense)
    {
        _classes = classes;
        _stride = Stride(classes);
        _table = table;
        _mask = size - 1;
        _keys = keys;
        _starts = starts;
        _entries = entries;
        _dense = dense;
    }

    /// <summary>
    /// Builds the table from keys in row order, <paramref name="starts"/> (length keys + 1: row r's entries are
    /// <c>entries[starts[r]..starts[r + 1]]</c>, distinct classes below <paramref name="classes"/>) and the entries;
    /// null when a key repeats (<paramref name="duplicate"/> is then its second row). Key 0 is stored as 1, as
    /// <see cref="FeatureTable"/> does.
    /// </summary>
    public static SparseRows? Build(int classes, ulong[] keys, int[] starts, Entry[] entries, out int duplicate)
    {
        var size = 16;
        while (size < keys.Length * 2)
            size <<= 1;
        var table = new SlotTable(size);
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
            while (table[i].Key != 0 && table[i].Key != key)
                i = (i + 1) & mask;
            if (table[i].Key == key)
            {
                duplicate = r;
                return null;
            }
            var row = entries.AsSpan(starts[r], starts[r + 1] - starts[r]);
            ref var slot = ref table[i];
            slot.Key = key;
            if (row.Length <= Inline || row.Length <= vectors)
                (slot.Start, slot.Count) = (starts[r], row.Length);
            else
            {
                foreach (var e in row)
                    dense[next + e.Class] = e.Weight;
                (slot.Start, slot.Count) = (next, -1);
                next += stride;
            }
            if (row.Length > 0)
                (slot.C0, slot.W0) = (row[0].Class, row[0].Weight);
            if (row.Length > 1)
                (slot.C1, slot.W1) = (row[1].Class, row[1].Weight);
        }
        return new SparseRows(classes, table, size, keys, starts, entries, dense);
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

    /// <summary>
    /// The slots, in a pinned array (on huge pages when large) whose first slot starts a cache line, so that no
    /// 32-byte slot straddles two lines. Indices are not checked: callers mask them to the table's size.
    /// </summary>
    private readonly struct SlotTable
    {
        private const int Line = 64;
        private readonly ulong[] _storage;
        private readonly int _offset;

        public SlotTable(int size)
        {
            var words = Unsafe.SizeOf<Slot>() / sizeof(ulong);
            _storage = LargeTables.Allocate<ulong>(size * words + Line / sizeof(ulong), pinned: true);
            var address = Marshal.UnsafeAddrOfPinnedArrayElement(_storage, 0);
            _offset = (int)((Line - (address & (Line - 1))) & (Line - 1)) / sizeof(ulong);
        }

        public ref Slot this[int i] =>
            ref Unsafe.Add(ref Unsafe.As<ulong, Slot>(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_storage), _offset)), i);
    }
}
