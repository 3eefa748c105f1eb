namespace Parley.Documents;

/// <summary>
/// Interns the strings a document's annotations refer to (lemmas, tags, relations, features), so that
/// tokens hold ints. Id 0 is the empty string, meaning "not set". Not thread-safe: one pool per document.
/// </summary>
public sealed class StringPool
{
    private readonly List<string> _strings = [string.Empty];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal) { [string.Empty] = 0 };

    /// <summary>Number of distinct strings, including the empty one.</summary>
    public int Count => _strings.Count;

    /// <summary>The string with the given id.</summary>
    public string this[int id] => _strings[id];

    /// <summary>Returns the id of <paramref name="value"/>, adding it if new.</summary>
    public int Intern(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (_ids.TryGetValue(value, out var id))
            return id;
        id = _strings.Count;
        _strings.Add(value);
        _ids.Add(value, id);
        return id;
    }

    /// <summary>Makes room for <paramref name="capacity"/> strings at once, so that a pool whose size is known in advance does not grow step by step.</summary>
    public void EnsureCapacity(int capacity)
    {
        _strings.EnsureCapacity(capacity);
        _ids.EnsureCapacity(capacity);
    }

    /// <summary>Returns the id of <paramref name="value"/> if interned, else -1.</summary>
    public int Find(string value) => _ids.TryGetValue(value, out var id) ? id : -1;
}
