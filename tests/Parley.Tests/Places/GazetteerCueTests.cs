using Parley.Diagnostics;
using Parley.Places;

namespace Parley.Tests.Places;

public sealed class GazetteerCueTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parley-gazetteer-").FullName;

    [Fact]
    public void A_cue_line_of_an_unknown_kind_is_an_error_at_its_line()
    {
        foreach (var table in new[] { "cities.tsv", "regions.tsv", "features.tsv" })
            File.WriteAllText(Path.Combine(_dir, table), "");
        File.WriteAllText(Path.Combine(_dir, "countries.tsv"), "XLD\tXland\t0\t0\t\n");
        File.WriteAllText(Path.Combine(_dir, "cues.txt"), "# cues\npreposition  in | at\npart-prepositon  on | upon\npart  port | city\nqualifier\n");
        var diagnostics = new List<Diagnostic>();
        var gazetteer = Gazetteer.Load(_dir, diagnostics);
        Assert.Equal(new int?[] { 3, 5 }, diagnostics.Select(d => d.Line));
        Assert.All(diagnostics, d => Assert.Equal(Messages.DataMalformed.Code, d.Code));
        Assert.Contains("in", (IReadOnlySet<string>)gazetteer.Prepositions);
        Assert.Empty(gazetteer.PartPrepositions);
    }

    public void Dispose() => Directory.Delete(_dir, true);
}
