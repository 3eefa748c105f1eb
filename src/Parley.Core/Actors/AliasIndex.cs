using System.Collections.Frozen;

namespace Parley.Actors;

/// <summary>One alias form and the entry it denotes.</summary>
internal readonly record struct AliasEntry(string Form, ActorEntry Entry);

/// <summary>
/// The frozen alias tables (nouns, adjectives, agents) keyed by <see cref="AliasKey"/>, with a sorted key list
/// for prefix tests so that any tokenization of a phrase can be followed character by character.
/// </summary>
internal sealed class AliasIndex
{
    private readonly FrozenDictionary<string, AliasEntry[]>[] _tables;
    private readonly FrozenDictionary<string, AliasEntry[]>.AlternateLookup<ReadOnlySpan<char>>[] _spanTables;
    private readonly string[] _sortedKeys;
    // The first four characters of each sorted key packed into one number (see Head), for the binary search.
    private readonly ulong[] _heads;

    public AliasIndex(IReadOnlyList<Dictionary<string, List<AliasEntry>>> tables)
    {
        _tables = [.. tables.Select(t => t.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal))];
        _spanTables = [.. _tables.Select(t => t.GetAlternateLookup<ReadOnlySpan<char>>())];
        _sortedKeys = [.. tables.SelectMany(t => t.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        _heads = [.. _sortedKeys.Select(k => Head(k))];
    }

    /// <summary>Number of distinct keys over all tables.</summary>
    public int KeyCount => _sortedKeys.Length;

    /// <summary>The entries of <paramref name="key"/> in <paramref name="table"/>, or an empty array.</summary>
    public AliasEntry[] Get(AliasTable table, string key) =>
        _tables[(int)table].TryGetValue(key, out var entries) ? entries : [];

    /// <summary>The entries of <paramref name="key"/> in <paramref name="table"/>, or an empty array (no allocation).</summary>
    public AliasEntry[] Get(AliasTable table, ReadOnlySpan<char> key) =>
        _spanTables[(int)table].TryGetValue(key, out var entries) ? entries : [];

    /// <summary>All keys of a table (for enumeration in tools and tests).</summary>
    public IEnumerable<string> Keys(AliasTable table) => _tables[(int)table].Keys;

    /// <summary>True when some key in any table starts with <paramref name="prefix"/>.</summary>
    public bool IsPrefix(ReadOnlySpan<char> prefix)
    {
        int lo = 0, hi = _sortedKeys.Length - 1;
        var head = Head(prefix);
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            // Most steps are decided by the packed heads, one array, without reading the key's characters.
            var cmp = _heads[mid] != head ? (_heads[mid] < head ? -1 : 1) : _sortedKeys[mid].AsSpan().SequenceCompareTo(prefix);
            if (cmp == 0)
                return true;
            if (cmp < 0)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        return lo < _sortedKeys.Length && _sortedKeys[lo].AsSpan().StartsWith(prefix);
    }

    /// <summary>
    /// The first four characters, 16 bits each, the first highest; missing ones are 0. Two different heads order
    /// their texts as ordinal comparison does (the first differing character decides, and a text that ends first is
    /// 0 there, below any other character); equal heads leave it to the characters.
    /// </summary>
    private static ulong Head(ReadOnlySpan<char> text)
    {
        var head = 0UL;
        for (var i = 0; i < 4; i++)
            head = (head << 16) | (i < text.Length ? text[i] : 0UL);
        return head;
    }
}
