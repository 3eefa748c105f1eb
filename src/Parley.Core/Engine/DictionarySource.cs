namespace Parley.Engine;

/// <summary>What a user dictionary path holds.</summary>
public enum DictionaryKind
{
    /// <summary>A folder laid out like Parley's <c>data/</c> (<c>actors/</c>, <c>patterns/</c>).</summary>
    Folder,
    /// <summary>Actor files (people, countries, agents, organizations) in Parley's format.</summary>
    Actors,
    /// <summary>Verb-pattern files in Parley's format.</summary>
    Patterns,
    /// <summary>A folder of PETRARCH-2 / TABARI dictionaries, added on top of Parley's own patterns and actors.</summary>
    Petrarch,
    /// <summary>A folder of PETRARCH-2 / TABARI dictionaries that replaces Parley's own patterns and actors.</summary>
    PetrarchOnly,
}

/// <summary>A user dictionary given on the command line: <c>PATH</c>, <c>actors:PATH</c>, <c>patterns:PATH</c>, <c>petrarch:DIR</c> or <c>petrarch-only:DIR</c>.</summary>
public sealed record DictionarySource(DictionaryKind Kind, string Path)
{
    /// <summary>
    /// For the PETRARCH kinds, the dictionary files to load instead of those found in <see cref="Path"/> by name.
    /// <value>The default value is null: the files of the folder (<see cref="Petrarch.PetrarchFiles.FromFolder"/>).</value>
    /// </summary>
    public Petrarch.PetrarchFiles? Files { get; init; }

    /// <summary>True for the PETRARCH kinds.</summary>
    public bool IsPetrarch => Kind is DictionaryKind.Petrarch or DictionaryKind.PetrarchOnly;

    /// <summary>Parses the command-line form.</summary>
    public static DictionarySource Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (prefix, kind) in Prefixes)
            if (text.StartsWith(prefix, StringComparison.Ordinal))
                return new DictionarySource(kind, text[prefix.Length..]);
        return new DictionarySource(DictionaryKind.Folder, text);
    }

    private static readonly (string, DictionaryKind)[] Prefixes =
        [("actors:", DictionaryKind.Actors), ("patterns:", DictionaryKind.Patterns), ("petrarch:", DictionaryKind.Petrarch), ("petrarch-only:", DictionaryKind.PetrarchOnly)];

    /// <summary>The actor paths this source contributes.</summary>
    public IEnumerable<string> ActorPaths() => Kind switch
    {
        DictionaryKind.Actors => [Path],
        DictionaryKind.Folder when Directory.Exists(System.IO.Path.Combine(Path, "actors")) => [System.IO.Path.Combine(Path, "actors")],
        _ => [],
    };

    /// <summary>The pattern paths this source contributes.</summary>
    public IEnumerable<string> PatternPaths() => Kind switch
    {
        DictionaryKind.Patterns => [Path],
        DictionaryKind.Folder when Directory.Exists(System.IO.Path.Combine(Path, "patterns")) => [System.IO.Path.Combine(Path, "patterns")],
        _ => [],
    };
}
