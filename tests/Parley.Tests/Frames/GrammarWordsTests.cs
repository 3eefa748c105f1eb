using Parley.Diagnostics;
using Parley.Frames;
using Parley.Tests.Ontology;
using Parley.Tests.Support;

namespace Parley.Tests.Frames;

public class GrammarWordsTests
{
    [Fact]
    public void RepoFile_LoadsEveryKindWithoutDiagnostics()
    {
        var diagnostics = new List<Diagnostic>();
        var g = GrammarWords.Load(Path.Combine(TestPaths.Repo, "data", "coding", "grammar.txt"), diagnostics);
        Assert.Empty(diagnostics);
        Assert.Contains("not", (IReadOnlySet<string>)g.Negators);
        Assert.Contains("will", (IReadOnlySet<string>)g.Future);
        Assert.Contains("if", (IReadOnlySet<string>)g.Conditions);
        Assert.Contains("after", (IReadOnlySet<string>)g.TimePrepositions);
        Assert.Contains("near", (IReadOnlySet<string>)g.Locatives);
        Assert.Equal("against", g.TargetPrepositions[0]);
        Assert.Contains("on", (IReadOnlySet<string>)g.ObjectControl);
        Assert.Contains("advance", (IReadOnlySet<string>)g.TopicVerbs);
        Assert.Contains("face", (IReadOnlySet<string>)g.UndergoVerbs);
        Assert.Contains("see", (IReadOnlySet<string>)g.RaisingVerbs);
        Assert.Contains("help", (IReadOnlySet<string>)g.MatterVerbs);
        Assert.Contains("accusation", (IReadOnlySet<string>)g.AllegationNouns);
        Assert.Contains("willing", (IReadOnlySet<string>)g.WillingAdjectives);
        Assert.Contains("sea", (IReadOnlySet<string>)g.Features);
    }

    [Fact]
    public void BadLines_AreReportedWithTheirLine_AndOrderIsKept()
    {
        var path = TempFile.Write("# test\ntarget  to | With\nsometimes  maybe\ntarget  on | to\n");
        var diagnostics = new List<Diagnostic>();
        var g = GrammarWords.Load(path, diagnostics);
        Assert.Equal(3, Assert.Single(diagnostics).Line);
        Assert.Equal(["to", "with", "on"], g.TargetPrepositions.ToArray());
    }
}
