using System.CommandLine;
using Parley.Entities;
using Parley.Training;

namespace Parley.Cli.Commands;

/// <summary><c>parley train gazetteer --data DIR --out DIR [--actors DIR]</c>: derives the recognizer's name lists, one file per source.</summary>
internal static class TrainGazetteerCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The shared data folder (holding geonames/, countries-mledoze/, countryinfo/)", Required = true };
        var output = new Option<string>("--out") { Description = "Folder for the gazetteer-*.tsv files", Required = true };
        var actors = new Option<string?>("--actors") { Description = "Parley's actor dictionaries (data/actors): person and organization names, written to gazetteer-actors.tsv" };
        var command = new Command("gazetteer", "Derive the NER gazetteer from GeoNames and the country tables.") { data, output, actors };
        command.SetAction(parse =>
        {
            var stderr = parse.InvocationConfiguration.Error;
            var dir = parse.GetValue(data)!;
            foreach (var sub in new[] { "geonames", "countries-mledoze", "countryinfo" }.Where(s => !Directory.Exists(Path.Combine(dir, s))))
            {
                stderr.WriteLine(Parley.Diagnostics.Diagnostic.Create(Parley.Diagnostics.Messages.InputNotFound, new Parley.Diagnostics.Location(Path.Combine(dir, sub))));
                return CliApp.BadInput;
            }
            var outDir = parse.GetValue(output)!;
            Directory.CreateDirectory(outDir);
            foreach (var (source, entries) in NerGazetteerBuilder.Build(dir))
            {
                var path = Path.Combine(outDir, $"gazetteer-{source}.tsv");
                GazetteerFile.Save(path, entries, NerGazetteerBuilder.Source[source]);
                stderr.WriteLine($"wrote {path}: {entries.Distinct().Count()} entries");
            }
            if (parse.GetValue(actors) is { } actorsDir)
            {
                if (!File.Exists(Path.Combine(actorsDir, "organizations.txt")) || !Directory.Exists(Path.Combine(actorsDir, "people")))
                {
                    stderr.WriteLine(Parley.Diagnostics.Diagnostic.Create(Parley.Diagnostics.Messages.InputNotFound, new Parley.Diagnostics.Location(Path.Combine(actorsDir, "people"))));
                    return CliApp.BadInput;
                }
                var names = NerActorNames.Build(actorsDir);
                var path = Path.Combine(outDir, "gazetteer-actors.tsv");
                GazetteerFile.Save(path, names, NerActorNames.Source);
                stderr.WriteLine($"wrote {path}: {names.Distinct().Count()} entries");
            }
            return CliApp.Success;
        });
        return command;
    }
}
