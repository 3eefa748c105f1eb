using Parley.Diagnostics;

namespace Parley.Entities;

/// <summary>
/// The gazetteer data files (<c>models/ner/gazetteer-*.tsv</c>, one per source because their licences differ):
/// <c>kind TAB phrase</c> per line, the kind one of
/// <c>LOC PER ORG NORP COUNTRY</c>, the phrase lower-cased with tokens separated by spaces; <c>#</c> comments
/// say where the entries come from. Malformed lines are reported with file and line and skipped.
/// </summary>
public static class GazetteerFile
{
    /// <summary>The file name pattern under <c>models/ner/</c>.</summary>
    public const string Pattern = "gazetteer-*.tsv";

    /// <summary>Reads every <see cref="Pattern"/> file of <paramref name="directory"/> into one gazetteer, or null when there is none.</summary>
    public static Gazetteer? LoadDirectory(string directory, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var files = Directory.Exists(directory) ? Directory.GetFiles(directory, Pattern).Order(StringComparer.Ordinal).ToList() : [];
        if (files.Count == 0)
        {
            diagnostics.Add(Diagnostic.Create(Messages.ModelNotFound, new Location(directory), Path.Combine(directory, Pattern)));
            return null;
        }
        return new Gazetteer(files.SelectMany(f => Entries(f, diagnostics)).ToList());
    }

    private static readonly Dictionary<string, GazetteerKind> Kinds = new(StringComparer.Ordinal)
    {
        ["LOC"] = GazetteerKind.Location, ["PER"] = GazetteerKind.Person, ["ORG"] = GazetteerKind.Organization,
        ["NORP"] = GazetteerKind.Nationality, ["COUNTRY"] = GazetteerKind.Country,
    };

    private static List<(GazetteerKind, string)> Entries(string path, ICollection<Diagnostic> diagnostics)
    {
        var entries = new List<(GazetteerKind, string)>();
        var n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0 || !Kinds.TryGetValue(line[..tab], out var kind) || line.Length == tab + 1)
                diagnostics.Add(Diagnostic.Create(Messages.DataMalformed, new Location(path, n), "expected KIND<TAB>phrase with KIND one of LOC PER ORG NORP COUNTRY"));
            else
                entries.Add((kind, line[(tab + 1)..]));
        }
        return entries;
    }

    /// <summary>Writes entries sorted by kind and phrase, headed by <paramref name="source"/> comment lines.</summary>
    public static void Save(string path, IEnumerable<(string Kind, string Phrase)> entries, IEnumerable<string> source)
    {
        var lines = entries.Distinct().OrderBy(e => e.Kind, StringComparer.Ordinal).ThenBy(e => e.Phrase, StringComparer.Ordinal)
            .Select(e => $"{e.Kind}\t{e.Phrase}");
        File.WriteAllLines(path, source.Select(s => "# " + s).Append("# kind\tphrase").Concat(lines));
    }
}
