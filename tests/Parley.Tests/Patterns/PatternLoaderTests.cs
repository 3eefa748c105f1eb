using Parley.Ontology;
using Parley.Patterns;
using Parley.Tests.Ontology;

namespace Parley.Tests.Patterns;

public class PatternLoaderTests
{
    private static LoadResult<PatternDictionary> LoadText(params (string Name, string Text)[] files) =>
        PatternDictionary.Load([TempFile.Folder(files)], RepoData.Cameo);

    [Fact]
    public void ShippedDictionary_LoadsWithoutDiagnostics()
    {
        var result = PatternDictionary.Load([RepoData.Path("data/patterns")], RepoData.Cameo);
        Assert.True(result.Diagnostics.IsEmpty, string.Join('\n', result.Diagnostics.Take(30)));
    }

    [Fact]
    public void ShippedDictionary_CoversEveryCameoCodeWithThousandsOfPatterns()
    {
        var dictionary = RepoData.Patterns;
        var covered = dictionary.All.Select(p => p.Cameo).ToHashSet();
        var missing = RepoData.Cameo.Codes.Where(c => !c.IsRoot && !covered.Contains(c.Code)).Select(c => c.Code);
        Assert.Empty(missing);
        Assert.True(dictionary.Count >= 2000, $"{dictionary.Count} patterns");
    }

    [Fact]
    public void Errors_CarryFileAndLine()
    {
        var result = LoadText(("a.txt", "&X = alpha beta\n&X = gamma\n  040\nverb meet\n  999 with:*\n  040 with:&NOPE\n  040 obj\n  040 id=dup\n  041 id=dup\nfly away\n&Y += delta\n"));
        var seen = result.Diagnostics.Select(d => $"{d.Code}@{d.Line}").ToList();
        Assert.Equal(["PRL524@3", "PRL520@7", "PRL520@10", "PRL523@2", "PRL522@11", "PRL521@5", "PRL522@6", "PRL525@9"], seen);
        Assert.All(result.Diagnostics, d => Assert.EndsWith("a.txt", d.File));
    }

    [Fact]
    public void SynsetCycle_IsReported()
    {
        var result = LoadText(("a.txt", "&A = x &B\n&B = y &A\n"));
        Assert.Contains(result.Diagnostics, d => d.Code == "PRL527" && d.Line == 1);
    }

    [Fact]
    public void SynsetExtension_AddsMembersAcrossFiles()
    {
        var result = LoadText(("a.txt", "&W = gun\n&V = &W knife\n"), ("b.txt", "&W += drone\n"));
        Assert.True(result.Succeeded);
        Assert.True(result.Value!.Synsets.IsMember("&V", "drone"));
        Assert.True(result.Value.Synsets.IsMember("&V", "GUN"));
    }

    [Fact]
    public void MultiKeyHeaders_ExpandWithIdsPerKey()
    {
        var result = LoadText(("x.txt", "verb condemn | denounce\n  111 obj:*\nnoun talks\n  046 @with:* id=talks-with\n"));
        Assert.True(result.Succeeded);
        var ids = result.Value!.All.Select(p => p.Id).ToList();
        Assert.Equal(["x.txt:2/condemn", "x.txt:2/denounce", "talks-with"], ids);
        Assert.Equal("verb denounce obj:* -> 111", result.Value.PatternsFor("denounce", false)[0].ToString());
        Assert.Equal("noun talks @with:* -> 046", result.Value.PatternsFor("talks", true)[0].ToString());
    }

    [Fact]
    public void MissingFolder_IsADiagnostic()
    {
        var result = PatternDictionary.Load(["/nonexistent/patterns"], RepoData.Cameo);
        Assert.Equal("PRL500", Assert.Single(result.Diagnostics).Code);
    }
}
