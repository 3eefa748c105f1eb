namespace Parley.Learning;

/// <summary>
/// An open-addressing hash table from 64-bit feature keys to dense row numbers 0..Count-1, in insertion order.
/// Lookups allocate nothing. Key 0 is reserved as "empty" (a hash of 0 is remapped).
/// </summary>
internal sealed class FeatureTable
{
    private ulong[] _keys;
    private int[] _rows;
    private readonly List<ulong> _order = [];

    public FeatureTable(int capacity = 1024)
    {
        var size = 16;
        while (size < capacity * 2)
            size <<= 1;
        _keys = new ulong[size];
        _rows = new int[size];
    }

    public int Count => _order.Count;

    /// <summary>The row of <paramref name="key"/>, or -1.</summary>
    public int Find(ulong key)
    {
        key = key == 0 ? 1 : key;
        var mask = _keys.Length - 1;
        for (var i = (int)(key & (ulong)mask); ; i = (i + 1) & mask)
        {
            var k = _keys[i];
            if (k == key)
                return _rows[i];
            if (k == 0)
                return -1;
        }
    }

    /// <summary>The row of <paramref name="key"/>, adding it as the next row if absent.</summary>
    public int Add(ulong key)
    {
        var found = Find(key);
        if (found >= 0)
            return found;
        if ((_order.Count + 1) * 2 > _keys.Length)
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
        var mask = _keys.Length - 1;
        var i = (int)(key & (ulong)mask);
        while (_keys[i] != 0)
            i = (i + 1) & mask;
        _keys[i] = key;
        _rows[i] = row;
    }

    private void Grow()
    {
        var oldKeys = _keys;
        var oldRows = _rows;
        _keys = new ulong[oldKeys.Length * 2];
        _rows = new int[oldKeys.Length * 2];
        for (var i = 0; i < oldKeys.Length; i++)
            if (oldKeys[i] != 0)
                Insert(oldKeys[i], oldRows[i]);
    }
}
