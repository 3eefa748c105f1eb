using Parley.Diagnostics;
using Parley.Documents;
using Parley.Training;

namespace Parley.Tests.Training;

public class IobColumnsTests
{
    private static string Write(string name, string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"parley-{Environment.ProcessId}-{name}");
        File.WriteAllText(path, content);
        return path;
    }

    private static NerTypeMap Map(List<Diagnostic> diags) =>
        NerTypeMap.Load(Write("map.tsv", "# test\nPER\tPER\nLOC\tLOC\npolitician\tPER\nelection\tO\n"), diags);

    [Fact]
    public void Reads_UnerAndIoColumns_IntoIob2()
    {
        var diags = new List<Diagnostic>();
        var map = Map(diags);
        var uner = NerCorpus.Read(Write("a.iob2", "# text = Kim met Moon\n1\tKim\tB-PER\t-\t-\n2\tmet\tO\t-\t-\n3\tMoon\tB-PER\t-\t-\n\n"), map, diags);
        var io = NerCorpus.Read(Write("b.txt", "-DOCSTART- O\n\nJoe I-politician\nBiden I-politician\nin O\nParis I-LOC\n2020 I-election\n"), map, diags);
        Assert.Empty(diags);
        Assert.Equal("Kim met Moon", uner.Single().Text);
        var tags = Enumerable.Range(0, io.Single().TokenCount).Select(i => io.Single().Token(i).Entity.ToString());
        Assert.Equal(["B-PER", "I-PER", "O", "B-LOC", "O"], tags);
    }

    [Fact]
    public void Reports_UnmappedLabels_OncePerLabel_WithLine()
    {
        var diags = new List<Diagnostic>();
        var map = Map(diags);
        NerCorpus.Read(Write("c.txt", "Acme B-company\nInc I-company\n"), map, diags);
        var d = Assert.Single(diags);
        Assert.Equal(("PRL306", 1), (d.Code, d.Line));
    }
}
