using System.Collections.Frozen;
using System.Globalization;
using Parley.Data;
using Parley.Diagnostics;

namespace Parley.Places;

/// <summary>
/// Places by name (cities, regions, countries and named features) with the cue words of the place finder.
/// Built once from <c>data/gazetteer</c>; immutable and thread-safe.
/// </summary>
public sealed class Gazetteer
{
    private readonly FrozenDictionary<string, Place[]> _byName;
    private readonly FrozenDictionary<string, Place[]>.AlternateLookup<ReadOnlySpan<char>> _byNameSpan;

    private Gazetteer(Dictionary<string, List<Place>> byName, FrozenSet<string> prepositions, FrozenSet<string> qualifiers, FrozenSet<string> parts, FrozenSet<string> arguments, FrozenSet<string> partPrepositions)
    {
        Parts = parts;
        PartPrepositions = partPrepositions;
        Arguments = arguments;
        _byName = byName.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
        _byNameSpan = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
        Prepositions = prepositions;
        Qualifiers = qualifiers;
        MaxNameWords = byName.Keys.Max(k => k.Count(c => c == ' ') + 1);
    }

    /// <summary>Words that introduce a place.</summary>
    public FrozenSet<string> Prepositions { get; }

    /// <summary>Direction words kept with a place.</summary>
    public FrozenSet<string> Qualifiers { get; }

    /// <summary>Words for a part of a place named after "of" ("the port of Hodeidah", "the mountains of Mindanao").</summary>
    public FrozenSet<string> Parts { get; }

    /// <summary>Words that introduce a place only before a part phrase ("strikes on the city of Rafah").</summary>
    public FrozenSet<string> PartPrepositions { get; }

    /// <summary>Dependency relations of a place named with no preposition that is an act's argument ("shelled Kharkiv").</summary>
    public FrozenSet<string> Arguments { get; }

    /// <summary>The longest name, in words.</summary>
    public int MaxNameWords { get; }

    /// <summary>Number of distinct names.</summary>
    public int NameCount => _byName.Count;

    /// <summary>The places called <paramref name="name"/> (words separated by single spaces), any case.</summary>
    public IReadOnlyList<Place> Lookup(string name) => _byName.TryGetValue(name, out var p) ? p : [];

    /// <summary>As <see cref="Lookup(string)"/>, for a name in a span (no allocation).</summary>
    public IReadOnlyList<Place> Lookup(ReadOnlySpan<char> name) => _byNameSpan.TryGetValue(name, out var p) ? p : [];

    /// <summary>
    /// Loads <c>cities.tsv</c>, <c>regions.tsv</c>, <c>countries.tsv</c>, <c>features.tsv</c> and <c>cues.txt</c>; a bad row or
    /// a cue line of an unknown kind is an error at its line in <paramref name="diagnostics"/>.
    /// </summary>
    public static Gazetteer Load(string dir, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var names = new Dictionary<string, List<Place>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (file, read) in Tables)
            foreach (var line in DataLine.ReadTsv(Path.Combine(dir, file)))
                Add(names, line, read, diagnostics);
        var cues = DataLine.ReadFile(Path.Combine(dir, "cues.txt")).ToList();
        foreach (var line in cues.Where(l => l.Fields.Count != 2 || !CueKinds.Contains(l.Fields[0])))
            diagnostics.Add(Diagnostic.Create(Messages.DataMalformed, line.Location,
                $"expected 'KIND  word | word' with KIND one of {string.Join(", ", CueKinds)}"));
        return new Gazetteer(names, Cue(cues, "preposition"), Cue(cues, "qualifier"), Cue(cues, "part"), Cue(cues, "argument"), Cue(cues, "part-preposition"));
    }

    private static readonly string[] CueKinds = ["preposition", "part-preposition", "qualifier", "part", "argument"];

    private static readonly (string File, Func<IReadOnlyList<string>, (Place, IEnumerable<string>)> Read)[] Tables =
    [
        ("cities.tsv", f => (new Place(f[1], f[2], D(f[5]), D(f[6]), PlaceKind.City, long.Parse(f[7], CultureInfo.InvariantCulture), f[4] == "PPLC", f[0]), Alts(f, 8))),
        ("regions.tsv", f => (new Place(f[1], f[2], D(f[3]), D(f[4]), PlaceKind.Region, 0, false, f[0]), [])),
        ("countries.tsv", f => (new Place(f[1], f[0], D(f[2]), D(f[3]), PlaceKind.Country, 0, false, f[0]), Alts(f, 4))),
        ("features.tsv", f => (new Place(f[0], f[1] == "-" ? null : f[1], D(f[2]), D(f[3]), PlaceKind.Feature, 0, false, f[0]), Alts(f, 4))),
    ];

    private static void Add(Dictionary<string, List<Place>> names, DataLine line, Func<IReadOnlyList<string>, (Place, IEnumerable<string>)> read, ICollection<Diagnostic> diagnostics)
    {
        try
        {
            var (place, alts) = read(line.Fields);
            foreach (var name in alts.Prepend(place.Name))
            {
                if (!names.TryGetValue(name, out var list))
                    names[name] = list = [];
                if (!list.Contains(place))
                    list.Add(place);
            }
        }
        catch (Exception e) when (e is FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            diagnostics.Add(Diagnostic.Create(Messages.DataMalformed, line.Location, "bad gazetteer row: " + e.Message));
        }
    }

    private static IEnumerable<string> Alts(IReadOnlyList<string> f, int i) =>
        f.Count > i ? f[i].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];

    private static double D(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static FrozenSet<string> Cue(List<DataLine> lines, string kind) =>
        lines.Where(l => l.Fields.Count == 2 && l.Fields[0] == kind).SelectMany(l => l.Fields[1].Split('|', StringSplitOptions.TrimEntries))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
