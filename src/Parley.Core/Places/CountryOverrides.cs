using Parley.Data;
using Parley.Diagnostics;

namespace Parley.Places;

/// <summary>
/// Hand-written corrections to the derived country rows (<c>iso3  name  names</c>, tab-separated): a row replaces
/// the name and the |-separated names of its country, so a rebuild of the gazetteer keeps them.
/// </summary>
internal static class CountryOverrides
{
    /// <summary>The file's name in the gazetteer folder.</summary>
    public const string File = "countries-overrides.tsv";

    /// <summary>
    /// The derived rows (<c>iso3  name  lat  lon  names</c>) with the overrides in <paramref name="path"/> applied (all
    /// of them when the file does not exist); null when a row is malformed or names no derived country.
    /// </summary>
    public static List<string>? Apply(List<string> rows, string path, ICollection<Diagnostic> diagnostics)
    {
        if (!System.IO.File.Exists(path))
            return rows;
        var byIso3 = rows.Select(r => r.Split('\t')).ToDictionary(f => f[0], StringComparer.Ordinal);
        var errors = diagnostics.Count;
        foreach (var line in DataLine.ReadTsv(path))
        {
            if (line.Fields.Count != 3)
                diagnostics.Add(Diagnostic.Create(Messages.DataMalformed, line.Location, "expected 'iso3<TAB>name<TAB>names'"));
            else if (!byIso3.TryGetValue(line.Fields[0], out var f))
                diagnostics.Add(Diagnostic.Create(Messages.DataMalformed, line.Location, $"no country '{line.Fields[0]}' in the derived rows"));
            else
                (f[1], f[4]) = (line.Fields[1], line.Fields[2]);
        }
        return diagnostics.Count > errors ? null : [.. byIso3.Values.Select(f => string.Join('\t', f)).Order(StringComparer.Ordinal)];
    }
}
