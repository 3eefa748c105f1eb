using Parley.Diagnostics;
using Parley.Places;

namespace Parley.Tests.Places;

public sealed class CountryOverridesTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"parley-overrides-{Guid.NewGuid():N}.tsv");

    private static List<string> Rows() => ["AAA\tAland\t1\t2\tKingdom of Aland", "BBB\tBorduria\t3\t4\t"];

    [Fact]
    public void An_override_replaces_the_name_and_names_and_keeps_the_centroid()
    {
        File.WriteAllText(_path, "# iso3\tname\tnames\nBBB\tRepublic of Borduria\tBorduria Republic|Borduria\n");
        var diagnostics = new List<Diagnostic>();
        var rows = CountryOverrides.Apply(Rows(), _path, diagnostics);
        Assert.Empty(diagnostics);
        Assert.Equal(["AAA\tAland\t1\t2\tKingdom of Aland", "BBB\tRepublic of Borduria\t3\t4\tBorduria Republic|Borduria"], rows);
    }

    [Fact]
    public void An_unknown_country_or_a_short_row_is_an_error_at_its_line()
    {
        File.WriteAllText(_path, "# comment\nCCC\tCarpania\tx\nAAA\tAland\n");
        var diagnostics = new List<Diagnostic>();
        Assert.Null(CountryOverrides.Apply(Rows(), _path, diagnostics));
        Assert.Equal(new int?[] { 2, 3 }, diagnostics.Select(d => d.Line));
        Assert.All(diagnostics, d => Assert.Equal(Messages.DataMalformed.Code, d.Code));
    }

    [Fact]
    public void Without_the_file_the_rows_stay()
    {
        var rows = Rows();
        Assert.Same(rows, CountryOverrides.Apply(rows, _path, []));
    }

    public void Dispose() => File.Delete(_path);
}
