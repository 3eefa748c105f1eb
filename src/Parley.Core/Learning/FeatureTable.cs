namespace Parley.Learning;

/// <summary>
/// An open-addressing hash table from 64-bit feature keys to dense row numbers 0..Count-1, in insertion order.
/// Lookups allocate nothing. Key 0 is reserved as "empty" (a hash of 0 is remapped).
/// </summary>
internal sealed class FeatureTable
{
    // Key and row side by side, so that a lookup touches one cache line.
    private struct Slot
    {
        public ulong Key;
        public int Row;
    }

    private Slot[] _slots;
    private readonly List<ulong> _order = [];

    public FeatureTable(int capacity = 1024)
    {
        var size = 16;
        while (size < capacity * 2)
            size <<= 1;
        _slots = LargeTables.Allocate<Slot>(size);
    }

    public int Count => _order.Count;

    /// <summary>The row of <paramref name="key"/>, or -1.</summary>
    public int Find(ulong key)
    {
        key = key == 0 ? 1 : key;
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var i = (int)(key & (ulong)mask); ; i = (i + 1) & mask)
        {
            ref readonly var slot = ref slots[i];
            if (slot.Key == key)
                return slot.Row;
            if (slot.Key == 0)
                return -1;
        }
    }

    /// <summary>
    /// Writes the rows of the <paramref name="keys"/> present, in order, into <paramref name="rows"/> and returns
    /// their number. Every key's home slot is read first: those loads are independent, so their cache misses
    /// overlap instead of waiting one by one behind the probing branches.
    /// </summary>
    public int FindAll(ReadOnlySpan<ulong> keys, Span<int> rows)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        Span<ulong> home = keys.Length <= 256 ? stackalloc ulong[keys.Length] : new ulong[keys.Length];
        for (var k = 0; k < keys.Length; k++)
            home[k] = slots[(int)(NonZero(keys[k]) & (ulong)mask)].Key;
        var found = 0;
        for (var k = 0; k < keys.Length; k++)
        {
            if (home[k] == 0)
                continue;
            var row = Find(keys[k]);
            if (row >= 0)
                rows[found++] = row;
        }
        return found;
    }

    private static ulong NonZero(ulong key) => key == 0 ? 1 : key;

    /// <summary>The row of <paramref name="key"/>, adding it as the next row if absent.</summary>
    public int Add(ulong key)
    {
        var found = Find(key);
        if (found >= 0)
            return found;
        if ((_order.Count + 1) * 2 > _slots.Length)
            Grow();
        key = key == 0 ? 1 : key;
        var row = _order.Count;
        Insert(key, row);
        _order.Add(key);
        return row;
    }

    public IEnumerable<(ulong Key, int Row)> Entries() => _order.Select((k, i) => (k, i));

    private void Insert(ulong key, int row)
    {
        var mask = _slots.Length - 1;
        var i = (int)(key & (ulong)mask);
        while (_slots[i].Key != 0)
            i = (i + 1) & mask;
        _slots[i] = new Slot { Key = key, Row = row };
    }

    private void Grow()
    {
        var old = _slots;
        _slots = LargeTables.Allocate<Slot>(old.Length * 2);
        foreach (var slot in old)
            if (slot.Key != 0)
                Insert(slot.Key, slot.Row);
    }
}
