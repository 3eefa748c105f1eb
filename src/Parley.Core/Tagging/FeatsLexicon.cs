namespace Parley.Tagging;

/// <summary>
/// Full UD features for a predicted class: the most frequent FEATS of each (normalised word, class) pair seen in
/// training when it differs from the class's own most frequent FEATS, which is the fallback. The class fixes
/// the context-decided features (Mood, Tense, VerbForm, Voice); the word adds the lexical ones (Number, Person,
/// Case, PronType, Degree, …). Immutable.
/// </summary>
public sealed class FeatsLexicon
{
    private readonly string[] _byClass;
    private readonly Dictionary<string, (int Class, string Feats)[]> _byWord;
    private readonly Dictionary<string, (int Class, string Feats)[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates a lexicon from per-class defaults and per-word exceptions.</summary>
    public FeatsLexicon(string[] byClass, IEnumerable<(string Form, int Class, string Feats)> exceptions)
    {
        ArgumentNullException.ThrowIfNull(byClass);
        ArgumentNullException.ThrowIfNull(exceptions);
        _byClass = byClass;
        _byWord = exceptions.GroupBy(e => e.Form, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => (e.Class, e.Feats)).ToArray(), StringComparer.Ordinal);
        _lookup = _byWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The per-word exceptions, for building faster forms.</summary>
    internal IEnumerable<KeyValuePair<string, (int Class, string Feats)[]>> Words => _byWord;

    /// <summary>The FEATS of class <paramref name="cls"/> when the word has no exception.</summary>
    internal string Default(int cls) => _byClass[cls];

    /// <summary>Number of per-word exceptions.</summary>
    public int ExceptionCount => _byWord.Values.Sum(a => a.Length);

    /// <summary>The FEATS string (empty for none) of a normalised word tagged with class <paramref name="cls"/>.</summary>
    public string Feats(ReadOnlySpan<char> norm, int cls)
    {
        if (_lookup.TryGetValue(norm, out var list))
            foreach (var (c, f) in list)
                if (c == cls)
                    return f;
        return _byClass[cls];
    }

    /// <summary>Builds the lexicon from counts of FEATS per (word, class) and per class.</summary>
    public static FeatsLexicon FromCounts(int classCount, IReadOnlyDictionary<(string Form, int Class), Dictionary<string, int>> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var perClass = new Dictionary<string, int>[classCount];
        for (var c = 0; c < classCount; c++)
            perClass[c] = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ((_, cls), byFeats) in counts)
            foreach (var (f, n) in byFeats)
                perClass[cls][f] = perClass[cls].GetValueOrDefault(f) + n;
        var byClass = perClass.Select(Best).ToArray();
        var exceptions = counts.OrderBy(kv => kv.Key.Form, StringComparer.Ordinal).ThenBy(kv => kv.Key.Class)
            .Select(kv => (kv.Key.Form, kv.Key.Class, Feats: Best(kv.Value)))
            .Where(e => e.Feats != byClass[e.Class]);
        return new FeatsLexicon(byClass, exceptions);
    }

    private static string Best(Dictionary<string, int> counts) =>
        counts.Count == 0 ? "" : counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;

    /// <summary>Writes the lexicon in a stable order.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_byClass.Length);
        foreach (var f in _byClass)
            writer.Write(f);
        var all = _byWord.OrderBy(kv => kv.Key, StringComparer.Ordinal).SelectMany(kv => kv.Value.Select(e => (kv.Key, e.Class, e.Feats))).ToList();
        writer.Write(all.Count);
        foreach (var (form, cls, feats) in all)
        {
            writer.Write(form);
            writer.Write(cls);
            writer.Write(feats);
        }
    }

    /// <summary>Reads a lexicon written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The data is malformed.</exception>
    public static FeatsLexicon Read(BinaryReader reader, int classCount)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var n = reader.ReadInt32();
        if (n != classCount)
            throw new InvalidDataException($"feats lexicon has {n} classes, expected {classCount}");
        var byClass = new string[n];
        for (var i = 0; i < n; i++)
            byClass[i] = reader.ReadString();
        var m = reader.ReadInt32();
        var exceptions = new List<(string, int, string)>(Math.Max(0, m));
        for (var i = 0; i < m; i++)
        {
            var (form, cls, feats) = (reader.ReadString(), reader.ReadInt32(), reader.ReadString());
            if (cls < 0 || cls >= classCount)
                throw new InvalidDataException($"feats lexicon class {cls} out of range");
            exceptions.Add((form, cls, feats));
        }
        return new FeatsLexicon(byClass, exceptions);
    }
}
