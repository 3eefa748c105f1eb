namespace Parley.Tagging;

/// <summary>
/// What the training data says about each frequent word (by normalised form): its most frequent class, and
/// whether that class is near-certain. Near-certain words are tagged without the perceptron (Honnibal's tag
/// dictionary); the most frequent class of the next words is a look-ahead feature. Immutable.
/// </summary>
public sealed class TagDictionary
{
    private readonly Dictionary<string, (int Class, bool Sure)> _entries;
    private readonly Dictionary<string, (int Class, bool Sure)>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates a dictionary from (form, most frequent class, near-certain) entries.</summary>
    public TagDictionary(IEnumerable<(string Form, int Class, bool Sure)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries = new Dictionary<string, (int, bool)>(StringComparer.Ordinal);
        foreach (var (form, cls, sure) in entries)
            _entries[form] = (cls, sure);
        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The entries, for building faster forms.</summary>
    internal IEnumerable<KeyValuePair<string, (int Class, bool Sure)>> Entries => _entries;

    /// <summary>Number of words.</summary>
    public int Count => _entries.Count;

    /// <summary>The most frequent class of a normalised form, or -1 when the word was rare or unseen.</summary>
    public int MostFrequent(ReadOnlySpan<char> norm) => _lookup.TryGetValue(norm, out var e) ? e.Class : -1;

    /// <summary>Both answers with one lookup: the most frequent class and the near-certain class (each -1 when none).</summary>
    public (int MostFrequent, int Sure) Lookup(ReadOnlySpan<char> norm) =>
        _lookup.TryGetValue(norm, out var e) ? (e.Class, e.Sure ? e.Class : -1) : (-1, -1);

    /// <summary>The class of a near-certain word, or -1.</summary>
    public int Sure(ReadOnlySpan<char> norm) => _lookup.TryGetValue(norm, out var e) && e.Sure ? e.Class : -1;

    /// <summary>
    /// Builds the dictionary from counts: words seen at least <paramref name="minCount"/> times get their most
    /// frequent class; those seen at least <paramref name="sureCount"/> times with that class at least
    /// <paramref name="sureRatio"/> of the time are near-certain.
    /// </summary>
    public static TagDictionary FromCounts(IReadOnlyDictionary<string, Dictionary<int, int>> counts, int minCount = 2, int sureCount = 20, double sureRatio = 0.97)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var entries = new List<(string, int, bool)>();
        foreach (var (form, byClass) in counts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var total = byClass.Values.Sum();
            if (total < minCount)
                continue;
            var (best, n) = byClass.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Select(kv => (kv.Key, kv.Value)).First();
            entries.Add((form, best, total >= sureCount && n >= sureRatio * total));
        }
        return new TagDictionary(entries);
    }

    /// <summary>Writes the entries in a stable order.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_entries.Count);
        foreach (var (form, (cls, sure)) in _entries.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            writer.Write(form);
            writer.Write(cls);
            writer.Write(sure);
        }
    }

    /// <summary>Reads entries written by <see cref="Write"/>; classes must be below <paramref name="classCount"/>.</summary>
    /// <exception cref="InvalidDataException">The data is malformed.</exception>
    public static TagDictionary Read(BinaryReader reader, int classCount)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var n = reader.ReadInt32();
        var entries = new List<(string, int, bool)>(Math.Max(0, n));
        for (var i = 0; i < n; i++)
        {
            var (form, cls, sure) = (reader.ReadString(), reader.ReadInt32(), reader.ReadBoolean());
            if (cls < 0 || cls >= classCount)
                throw new InvalidDataException($"tag dictionary class {cls} out of range");
            entries.Add((form, cls, sure));
        }
        return new TagDictionary(entries);
    }
}
