using Parley.Diagnostics;
using Parley.Documents;

namespace Parley.Training;

/// <summary>
/// How each corpus's entity labels map to Parley's types (<c>politician → PER</c>, <c>Organisation → ORG</c>,
/// <c>MISC → O</c>): the data file <c>data/ner/type-map.tsv</c>, <c>label TAB type</c> per line, type one of
/// PER ORG LOC NORP MISC O. A label absent from the map is an error, so that no corpus label is silently lost.
/// </summary>
public sealed class NerTypeMap
{
    private readonly Dictionary<string, EntityType> _map;

    private NerTypeMap(Dictionary<string, EntityType> map) => _map = map;

    /// <summary>The type of a source label (without B-/I-), or null when unmapped.</summary>
    public EntityType? Map(string label) => _map.TryGetValue(label, out var t) ? t : null;

    /// <summary>Reads the map; malformed lines are reported with file and line.</summary>
    public static NerTypeMap Load(string path, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var map = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            diagnostics.Add(Diagnostic.Create(Messages.InputNotFound, new Location(path)));
            return new NerTypeMap(map);
        }
        var n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            var cols = line.Split('\t');
            var type = cols.Length == 2 && cols[1] == "O" ? EntityType.None : default(EntityType?);
            if (type is null && cols.Length == 2 && Enum.TryParse<EntityType>(cols[1], out var t) && t != EntityType.None)
                type = t;
            if (type is null || cols[0].Length == 0 || !map.TryAdd(cols[0], type.Value))
                diagnostics.Add(Diagnostic.Create(Messages.DataMalformed, new Location(path, n), "expected a new label<TAB>PER|ORG|LOC|NORP|MISC|O"));
        }
        return new NerTypeMap(map);
    }
}
