using Parley.Diagnostics;
using Parley.Tagging;

namespace Parley.Tests.Tagging;

public class TagDictionaryTests
{
    private static Dictionary<int, int> Counts(params (int Class, int Count)[] pairs) => pairs.ToDictionary(p => p.Class, p => p.Count);

    private static TagDictionary Sample() => TagDictionary.FromCounts(new Dictionary<string, Dictionary<int, int>>
    {
        ["run"] = Counts((3, 60), (5, 40)),
        ["walk"] = Counts((3, 30), (5, 20), (7, 1)),
        ["the"] = Counts((1, 100)),
        ["once"] = Counts((2, 1)),
    });

    [Fact]
    public void Ambiguity_IsShared_ByWordsWithTheSameClassesAboveFivePercent()
    {
        var d = Sample();
        Assert.Equal(d.Ambiguity("run"), d.Ambiguity("walk"));
        Assert.NotEqual(d.Ambiguity("run"), d.Ambiguity("the"));
        Assert.True(d.Ambiguity("the") >= 0);
        Assert.Equal(-1, d.Ambiguity("once"));
        Assert.Equal((3, -1, d.Ambiguity("run")), d.Lookup("run"));
        Assert.Equal((1, 1, d.Ambiguity("the")), d.Lookup("the"));
    }

    [Fact]
    public void WriteRead_KeepsEveryAnswer()
    {
        var d = Sample();
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
            d.Write(w);
        buffer.Position = 0;
        var again = TagDictionary.Read(new BinaryReader(buffer), 10);
        foreach (var word in new[] { "run", "walk", "the", "once", "unseen" })
            Assert.Equal(d.Lookup(word), again.Lookup(word));
    }

    [Fact]
    public void ModelFile_OfAnOlderVersion_IsRefusedWithPrl301()
    {
        var path = Path.Combine(Path.GetTempPath(), $"parley-v1-{Environment.ProcessId}.bin.gz");
        File.WriteAllBytes(path, [.. "PRLTAGGR"u8.ToArray(), .. BitConverter.GetBytes(1)]);
        var diags = new List<Diagnostic>();
        Assert.Null(TaggerModelFile.Load(path, diags));
        File.Delete(path);
        var d = Assert.Single(diags);
        Assert.Equal("PRL301", d.Code);
        Assert.Contains($"version 1, this build reads version {TaggerModelFile.Version}", d.Message, StringComparison.Ordinal);
    }
}
