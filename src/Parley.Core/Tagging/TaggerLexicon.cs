namespace Parley.Tagging;

/// <summary>
/// The tagger's word knowledge under one lookup per word: the <see cref="TagDictionary"/> classes and the
/// <see cref="FeatsLexicon"/> exceptions of each normalised form, found by span. Gives exactly the answers of the
/// two tables it is built from. Immutable.
/// </summary>
internal sealed class TaggerLexicon
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _index;
    // One struct per word, so that a word costs one memory access after the index.
    private readonly Entry[] _entries;

    private readonly record struct Entry(int MostFrequent, int Sure, (int Class, string Feats)[]? Feats);

    public TaggerLexicon(TagDictionary dictionary, FeatsLexicon feats)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var classes = new List<(int MostFrequent, int Sure)>();
        var exceptions = new List<(int Class, string Feats)[]?>();
        foreach (var (form, (cls, sure)) in dictionary.Entries)
        {
            index[form] = classes.Count;
            classes.Add((cls, sure ? cls : -1));
            exceptions.Add(null);
        }
        foreach (var (form, list) in feats.Words)
        {
            if (!index.TryGetValue(form, out var entry))
            {
                index[form] = entry = classes.Count;
                classes.Add((-1, -1));
                exceptions.Add(null);
            }
            exceptions[entry] = list;
        }
        _index = index.GetAlternateLookup<ReadOnlySpan<char>>();
        _entries = new Entry[classes.Count];
        for (var e = 0; e < _entries.Length; e++)
            _entries[e] = new Entry(classes[e].MostFrequent, classes[e].Sure, exceptions[e]);
    }

    /// <summary>The entry of a normalised form, or -1.</summary>
    public int Find(ReadOnlySpan<char> norm) => _index.TryGetValue(norm, out var entry) ? entry : -1;

    /// <summary>The most frequent and the near-certain class of an entry (each -1 when none), as <see cref="TagDictionary.Lookup"/>.</summary>
    public (int MostFrequent, int Sure) Classes(int entry) => entry < 0 ? (-1, -1) : (_entries[entry].MostFrequent, _entries[entry].Sure);

    /// <summary>The word's own FEATS for class <paramref name="cls"/>, or null when the class default applies.</summary>
    public string? Exception(int entry, int cls)
    {
        if (entry < 0 || _entries[entry].Feats is not { } list)
            return null;
        foreach (var (c, f) in list)
            if (c == cls)
                return f;
        return null;
    }
}
