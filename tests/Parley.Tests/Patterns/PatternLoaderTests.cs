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

    [Fact]
    public void Subject_and_words_before_the_predicate_are_constraints()
    {
        var result = LoadText(("a.txt", "verb agree\n  030 subj:%\n  031 @with:%\nverb attack\n  138 pre:will|would\n  190 subj:&PEOPLE/armed\n&PEOPLE = group force\n"));
        Assert.Empty(result.Diagnostics);
        var dict = result.Value!;
        Assert.Equal("030", dict.FindBest(new Frame("agree") { Subject = new FrameArgument("france") { Conjoined = true } })?.Pattern.Cameo);
        Assert.Null(dict.FindBest(new Frame("agree") { Subject = new FrameArgument("france") }));
        var pair = new FrameArgument("france") { Conjoined = true };
        Assert.Same(pair, dict.FindBest(new Frame("agree") { Prepositions = [new PrepositionalArgument("with", pair)] })?.Target);
        Assert.Equal("138", dict.FindBest(new Frame("attack") { Before = new[] { "iran", "would" } })?.Pattern.Cameo);
        Assert.Equal("190", dict.FindBest(new Frame("attack") { Subject = new FrameArgument("group") { Modifiers = ["armed"] } })?.Pattern.Cameo);
        Assert.Null(dict.FindBest(new Frame("attack") { Before = new[] { "iran", "did" } }));
        var run = LoadText(("c.txt", "verb attack\n  138 post:real+threat\n")).Value!;
        Assert.Equal("post:real+threat", Assert.Single(run.All).Constraints[0].ToString());
        Assert.Equal("138", run.FindBest(new Frame("attack") { After = new[] { "a", "a", "real", "real", "threat", "threat" } })?.Pattern.Cameo);
        Assert.Null(run.FindBest(new Frame("attack") { After = new[] { "real", "real", "big", "big", "threat", "threat" } }));
        var right = LoadText(("b.txt", "verb attack\n  138 pre:^will\n")).Value!;
        Assert.Equal("pre:^will", Assert.Single(right.All).Constraints[0].ToString());
        Assert.Null(right.FindBest(new Frame("attack") { Before = new[] { "iran", "will", "not" }, Preceding = new[] { "not" } }));
        Assert.Equal("138", right.FindBest(new Frame("attack") { Before = new[] { "iran", "will" }, Preceding = new[] { "will" } })?.Pattern.Cameo);
    }

    [Fact]
    public void A_modifier_written_with_a_caret_must_stand_right_before_the_head()
    {
        var dict = LoadText(("a.txt", "verb sign\n  057 obj:agreement/^trade\n")).Value!;
        Assert.Equal("obj:agreement/^trade", Assert.Single(dict.All).Constraints[0].ToString());
        var adjacent = new FrameArgument("agreement") { Modifiers = ["trade", "new"], Preceding = "trade" };
        Assert.Equal("057", dict.FindBest(new Frame("sign") { Object = adjacent })?.Pattern.Cameo);
        Assert.Null(dict.FindBest(new Frame("sign") { Object = adjacent with { Preceding = "new" } })); // "trade new agreement"
    }

    [Theory]
    [InlineData("@subj:*")]      // the subject is the source, never the target
    [InlineData("pre:%")]        // '%' is a phrase, not a word
    [InlineData("subj:%|army")]  // '%' stands alone
    [InlineData("obj:aid/%")]
    public void Misused_subject_and_conjoined_constraints_are_malformed(string constraint)
    {
        var result = LoadText(("a.txt", $"verb agree\n  030 {constraint}\n"));
        Assert.Equal(("PRL520", 2), (Assert.Single(result.Diagnostics).Code, result.Diagnostics[0].Line));
    }
}
