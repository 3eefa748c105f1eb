using Parley.Ontology;

namespace Parley.Tests.Ontology;

public class CameoCatalogTests
{
    [Fact]
    public void ShippedTable_HasEveryRootAndAbout300Codes()
    {
        var cameo = RepoData.Cameo;
        Assert.InRange(cameo.Codes.Length, 300, 320);
        Assert.Equal(20, cameo.Codes.Count(c => c.IsRoot));
        Assert.Equal(Enumerable.Range(1, 20).Select(i => i.ToString("00")), cameo.Codes.Where(c => c.IsRoot).Select(c => c.Code));
    }

    [Fact]
    public void QuadClasses_FollowTheRootRule()
    {
        foreach (var code in RepoData.Cameo.Codes)
        {
            var root = int.Parse(code.Root);
            var expected = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
            Assert.Equal(expected, code.QuadClass);
        }
    }

    [Theory]
    [InlineData("042", "Make a visit", 1.9, 1, "04")]
    [InlineData("0871", "Declare truce, ceasefire", 9.0, 2, "08")]
    [InlineData("1383", "Threaten unconventional violence", -7.0, 3, "13")]
    [InlineData("2042", "Detonate nuclear weapons", -10.0, 4, "20")]
    public void KnownCodes_HaveNameGoldsteinQuadRoot(string code, string name, double goldstein, int quad, string root)
    {
        var c = RepoData.Cameo.Find(code)!;
        Assert.Equal((name, goldstein, quad, root), (c.Name, c.Goldstein, c.QuadClass, c.Root));
    }

    [Fact]
    public void Disagreements_KeepTheIcewsValue()
    {
        Assert.Equal(-2.0, RepoData.Cameo.Find("016")!.Goldstein);
        Assert.Equal(-5.0, RepoData.Cameo.Find("016")!.GoldsteinIcews);
        Assert.Null(RepoData.Cameo.Find("040")!.GoldsteinIcews);
    }

    [Fact]
    public void EveryNonRoot_HasItsParent()
    {
        foreach (var code in RepoData.Cameo.Codes.Where(c => !c.IsRoot))
            Assert.True(RepoData.Cameo.Contains(code.Parent!), code.Code);
    }

    [Fact]
    public void BadLines_GiveDiagnosticsWithFileAndLine()
    {
        var path = TempFile.Write("# test\ncode\tparent\tquad\tgoldstein\tgoldstein_icews\tname\n04\t\t1\t1.0\t\tCONSULT\n"
            + "042\t04\t3\t1.9\t\tMake a visit\n043\t04\t1\t12\t\tHost a visit\n04\t\t1\t1.0\t\tCONSULT\n0441\t04\t1\t1\t\tOrphan\nbad line\n");
        var result = CameoCatalog.Load(path);
        Assert.False(result.Succeeded);
        Assert.Equal(
            ["PRL504@4", "PRL505@5", "PRL502@6", "PRL503@7", "PRL501@8"],
            result.Diagnostics.Select(d => $"{d.Code}@{d.Line}"));
        Assert.All(result.Diagnostics, d => Assert.Equal(path, d.File));
    }

    [Fact]
    public void MissingFile_IsADiagnostic()
    {
        var result = CameoCatalog.Load("/nonexistent/event-codes.tsv");
        Assert.Null(result.Value);
        Assert.Equal("PRL500", Assert.Single(result.Diagnostics).Code);
    }
}
