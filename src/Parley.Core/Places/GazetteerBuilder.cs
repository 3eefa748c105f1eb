using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Parley.Diagnostics;

namespace Parley.Places;

/// <summary>
/// Derives Parley's gazetteer tables from GeoNames (cities15000, countryInfo, admin1 codes; CC BY 4.0) and the
/// mledoze country list (country centroids and names; ODbL 1.0). Output is sorted and deterministic:
/// <c>cities.tsv</c>, <c>regions.tsv</c>, <c>countries.tsv</c>. The country rows named in
/// <c>countries-overrides.tsv</c> of the output folder (hand-written corrections) take its name and names.
/// </summary>
public static class GazetteerBuilder
{
    /// <summary>
    /// Builds the three tables into <paramref name="outDir"/>; returns the row counts, or null (nothing written) when
    /// the overrides file has errors (added to <paramref name="diagnostics"/>).
    /// </summary>
    public static (int Cities, int Regions, int Countries)? Build(string geonamesDir, string mledozeJson, string outDir, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        Directory.CreateDirectory(outDir);
        var iso3 = ReadIso3(Path.Combine(geonamesDir, "countryInfo.txt"));
        var countries = CountryOverrides.Apply(ReadCountries(mledozeJson), Path.Combine(outDir, CountryOverrides.File), diagnostics);
        if (countries is null)
            return null;
        var cities = ReadCities(Path.Combine(geonamesDir, "cities15000.txt.gz"), iso3);
        var regions = ReadRegions(Path.Combine(geonamesDir, "admin1CodesASCII.tsv"), iso3, cities);
        Write(Path.Combine(outDir, "cities.tsv"), CitiesHeader, cities.Select(c => c.Line));
        Write(Path.Combine(outDir, "regions.tsv"), RegionsHeader, regions);
        Write(Path.Combine(outDir, "countries.tsv"), CountriesHeader, countries);
        return (cities.Count, regions.Count, countries.Count);
    }

    private const string Source = "# Derived by `parley build-gazetteer` from GeoNames (geonames.org, CC BY 4.0)";
    private const string CitiesHeader = Source + " cities15000 + admin1 codes.\n" +
        "# geonameid\tname\tcountry\tadmin1\tfeature\tlat\tlon\tpopulation\talternate names (ASCII, |-separated)";
    private const string RegionsHeader = Source + " admin1 codes; coordinates are those of the region's seat city.\n" +
        "# code\tname\tcountry\tlat\tlon";
    private const string CountriesHeader = "# Derived by `parley build-gazetteer` from mledoze/countries (ODbL 1.0): centroids and names;\n" +
        "# the rows of the countries named in " + CountryOverrides.File + " take its name and names.\n" +
        "# iso3\tname\tlat\tlon\tnames (|-separated)";

    private sealed record City(string Id, string Name, string Country, string Admin1, string Feature, string Lat, string Lon, long Population, string Line);

    private static Dictionary<string, string> ReadIso3(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'))
            .ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);

    private static List<City> ReadCities(string path, Dictionary<string, string> iso3)
    {
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gz, Encoding.UTF8);
        var cities = new List<City>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var f = line.Split('\t');
            if (f.Length < 15 || !iso3.TryGetValue(f[8], out var country))
                continue;
            var alts = string.Join('|', f[3].Split(',').Where(IsUsefulAlias(f[1], f[2])).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            var population = long.Parse(f[14], CultureInfo.InvariantCulture);
            var admin1 = f[10].Length > 0 ? f[8] + "." + f[10] : "";
            var row = string.Join('\t', f[0], f[2], country, admin1, f[7], f[4], f[5], f[14], alts);
            cities.Add(new City(f[0], f[2], country, admin1, f[7], f[4], f[5], population, row));
        }
        cities.Sort((a, b) => long.Parse(a.Id, CultureInfo.InvariantCulture).CompareTo(long.Parse(b.Id, CultureInfo.InvariantCulture)));
        return cities;
    }

    // Keep ASCII alternate names that look like names an English text would use (no codes, no all-lowercase forms).
    private static Func<string, bool> IsUsefulAlias(string name, string ascii) => a =>
        a.Length >= 3 && a != name && a != ascii && a.All(c => c < 128) && char.IsUpper(a[0]) && !a.All(char.IsUpper);

    private static List<string> ReadRegions(string path, Dictionary<string, string> iso3, List<City> cities)
    {
        var seats = cities.Where(c => c.Feature is "PPLA" or "PPLC").GroupBy(c => c.Admin1)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Feature == "PPLA" ? 0 : 1).ThenByDescending(c => c.Population).First());
        var rows = new List<string>();
        foreach (var l in File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var f = l.Split('\t');
            if (!iso3.TryGetValue(f[0].Split('.')[0], out var country) || !seats.TryGetValue(f[0], out var seat))
                continue;
            rows.Add(string.Join('\t', f[0], f[2], country, seat.Lat, seat.Lon));
        }
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private static List<string> ReadCountries(string path)
    {
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var doc = JsonDocument.Parse(gz);
        var rows = new List<string>();
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            var latlng = c.GetProperty("latlng").EnumerateArray().Select(x => x.GetDouble().ToString("0.####", CultureInfo.InvariantCulture)).ToArray();
            if (latlng.Length != 2)
                continue;
            var common = c.GetProperty("name").GetProperty("common").GetString()!;
            var names = new[] { c.GetProperty("name").GetProperty("official").GetString()! }
                .Concat(c.GetProperty("altSpellings").EnumerateArray().Select(x => x.GetString()!))
                .Where(n => n != common && n.Length > 3 && n.All(ch => ch < 128)).Distinct(StringComparer.Ordinal);
            rows.Add(string.Join('\t', c.GetProperty("cca3").GetString(), common, latlng[0], latlng[1], string.Join('|', names)));
        }
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private static void Write(string path, string header, IEnumerable<string> rows)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        w.WriteLine(header);
        foreach (var r in rows)
            w.WriteLine(r);
    }
}
