using System.CommandLine;
using Parley.Diagnostics;
using Parley.Places;

namespace Parley.Cli.Commands;

/// <summary><c>parley build-gazetteer</c>: derives data/gazetteer from GeoNames and the mledoze country list
/// (with the hand-written corrections of data/gazetteer/countries-overrides.tsv).</summary>
internal static class BuildGazetteerCommand
{
    public static Command Create()
    {
        var geonames = new Option<DirectoryInfo>("--geonames") { Description = "Folder with cities15000.txt.gz, countryInfo.txt and admin1CodesASCII.tsv", Required = true };
        var countries = new Option<FileInfo>("--countries") { Description = "mledoze countries.json.gz", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "Output folder (data/gazetteer)", Required = true };
        var command = new Command("build-gazetteer", "Derive Parley's gazetteer tables (cities, regions, countries) from GeoNames and mledoze/countries.")
        {
            geonames, countries, output,
        };
        command.SetAction(parse =>
        {
            var (g, c, o) = (parse.GetValue(geonames)!, parse.GetValue(countries)!, parse.GetValue(output)!);
            if (!g.Exists || !c.Exists)
            {
                parse.InvocationConfiguration.Error.WriteLine($"error PRL111: no such file or directory: {(g.Exists ? c.FullName : g.FullName)}");
                return CliApp.BadInput;
            }
            var diagnostics = new List<Diagnostic>();
            if (GazetteerBuilder.Build(g.FullName, c.FullName, o.FullName, diagnostics) is not var (cities, regions, countryRows))
            {
                foreach (var d in diagnostics)
                    parse.InvocationConfiguration.Error.WriteLine(d);
                return CliApp.BadInput;
            }
            parse.InvocationConfiguration.Error.WriteLine($"wrote {cities} cities, {regions} regions, {countryRows} countries to {o.FullName}");
            return CliApp.Success;
        });
        return command;
    }
}
