using System.IO.Compression;
using System.Text.Json;

namespace Parley.Training;

/// <summary>
/// Derives the recognizer's gazetteer from the shared geographic data: GeoNames (cities of 15,000+ people,
/// first-level regions, countries and capitals; CC BY 4.0), the mledoze country table (names, spellings,
/// capitals, English demonyms; ODbL 1.0) and Schrodt's CountryInfo (country names, nationality adjectives,
/// capitals, major cities, leaders; CC BY-SA 3.0). Demonyms and nationality adjectives become NORP entries;
/// leaders' names PER entries.
/// </summary>
public static class NerGazetteerBuilder
{
    /// <summary>
    /// Reads the sources under <paramref name="sharedData"/> and returns, per source (kept apart because their
    /// licences differ: <c>geonames</c>, <c>mledoze</c>, <c>countryinfo</c>), (kind, lower-cased phrase) entries.
    /// </summary>
    public static Dictionary<string, List<(string Kind, string Phrase)>> Build(string sharedData)
    {
        var bySource = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        var entries = bySource["geonames"] = [];
        void Add(string kind, string name)
        {
            var phrase = Normalize(name);
            if (phrase.Length > 1 && !phrase.Contains('(', StringComparison.Ordinal))
                entries.Add((kind, phrase));
        }
        using (var cities = new StreamReader(new GZipStream(File.OpenRead(Path.Combine(sharedData, "geonames", "cities15000.txt.gz")), CompressionMode.Decompress)))
            while (cities.ReadLine() is { } line)
                foreach (var name in line.Split('\t').Skip(1).Take(2))
                    Add("LOC", name);
        foreach (var cols in Rows(Path.Combine(sharedData, "geonames", "admin1CodesASCII.tsv")).Where(c => c.Length > 2))
            Add("LOC", cols[2]);
        foreach (var cols in Rows(Path.Combine(sharedData, "geonames", "countryInfo.txt")).Where(c => c.Length > 5))
        {
            Add("COUNTRY", cols[4]);
            Add("LOC", cols[5]);
        }
        entries = bySource["mledoze"] = [];
        AddMledoze(Path.Combine(sharedData, "countries-mledoze", "countries.json.gz"), Add);
        entries = bySource["countryinfo"] = [];
        foreach (var cols in Rows(Path.Combine(sharedData, "countryinfo", "countryinfo_countries.tsv")).Skip(1).Where(c => c.Length > 11))
        {
            Add("COUNTRY", cols[1]);
            Add("NORP", cols[9].Split('|')[0]);
            foreach (var place in cols[10].Split('|').Concat(cols[11].Split('|')))
                Add("LOC", place);
        }
        foreach (var cols in Rows(Path.Combine(sharedData, "countryinfo", "countryinfo_leaders.tsv")).Skip(1).Where(c => c.Length > 2))
        {
            Add("PER", cols[2]);
            Add("PER", cols[2].Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]);
        }
        return bySource;
    }

    private static void AddMledoze(string path, Action<string, string> add)
    {
        using var stream = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var json = JsonDocument.Parse(stream);
        foreach (var c in json.RootElement.EnumerateArray())
        {
            var name = c.GetProperty("name");
            add("COUNTRY", name.GetProperty("common").GetString() ?? "");
            add("COUNTRY", name.GetProperty("official").GetString() ?? "");
            foreach (var alt in c.GetProperty("altSpellings").EnumerateArray().Select(a => a.GetString() ?? "").Where(a => a.Length > 3))
                add("COUNTRY", alt);
            foreach (var cap in c.GetProperty("capital").EnumerateArray())
                add("LOC", cap.GetString() ?? "");
            if (c.TryGetProperty("demonyms", out var dem) && dem.TryGetProperty("eng", out var eng))
                foreach (var g in eng.EnumerateObject())
                    add("NORP", g.Value.GetString() ?? "");
        }
    }

    private static IEnumerable<string[]> Rows(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'));

    // Lower case, tokens separated by single spaces, with a final comma or period split off as UD does.
    private static string Normalize(string name) =>
        string.Join(' ', name.Replace('_', ' ').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(t => t.Length > 1 && t[^1] == ',' ? new[] { t[..^1], "," } : [t]));

    /// <summary>The provenance and licence lines written at the top of each source's gazetteer file.</summary>
    public static IReadOnlyDictionary<string, string[]> Source { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["geonames"] = ["Derived by `parley train gazetteer` from ../shared/data/geonames (cities15000, admin1CodesASCII,",
            "countryInfo). Data from GeoNames (https://www.geonames.org), licensed CC BY 4.0. This file: CC BY 4.0."],
        ["mledoze"] = ["Derived by `parley train gazetteer` from ../shared/data/countries-mledoze/countries.json.",
            "Data from mledoze/countries, ODbL 1.0. This file is a derived database offered under ODbL 1.0."],
        ["countryinfo"] = ["Derived by `parley train gazetteer` from ../shared/data/countryinfo (countries, leaders' full and last names).",
            "Schrodt, Philip A. 2011. CountryInfo.111216.txt. CC BY-SA 3.0. This file: CC BY-SA 3.0."],
    };
}
