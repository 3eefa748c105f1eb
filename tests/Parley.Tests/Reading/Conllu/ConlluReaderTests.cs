using Parley.Diagnostics;
using Parley.Documents;
using Parley.Reading.Conllu;

namespace Parley.Tests.Reading.Conllu;

public class ConlluReaderTests
{
    private const string Sample =
        "# newdoc id = d1\n# sent_id = s1\n# text = Kim's visit.\n" +
        "1-2\tKim's\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "1\tKim\tKim\tPROPN\tNNP\tNumber=Sing\t3\tnmod:poss\t_\tSpaceAfter=No|NER=B-PER\n" +
        "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n" +
        "3\tvisit\tvisit\tNOUN\tNN\tNumber=Sing\t0\troot\t_\tSpaceAfter=No\n" +
        "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n" +
        "# sent_id = s2\n1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n\n";

    [Fact]
    public void Read_FillsGoldColumns_AndRebuildsText()
    {
        var diags = new List<Diagnostic>();
        var doc = Assert.Single(ConlluReader.Read(new StringReader(Sample), "x.conllu", diags));
        Assert.Empty(diags);
        Assert.Equal("d1", doc.Metadata.Id);
        Assert.Equal("Kim's visit. Yes", doc.Text);
        Assert.Equal(doc.Text, doc.Reconstruct());
        Assert.Equal(2, doc.SentenceCount);
        var kim = doc.Token(0);
        Assert.Equal(("Kim", Upos.PROPN, "NNP", 2, "nmod:poss"), (kim.Text, kim.Upos, kim.Xpos, kim.Head, kim.DepRel));
        Assert.Equal(new EntityTag(Iob.B, EntityType.PER), kim.Entity);
        Assert.Equal(-1, doc.Token(2).Head);
        Assert.Equal(-1, doc.Token(4).Head);
        Assert.Equal("s2", doc.GetLayer<ConlluSentenceInfo>()!.Get(1, "sent_id"));
    }

    [Fact]
    public void Read_MalformedLine_ReportsFileAndLine_SkipsSentence()
    {
        var diags = new List<Diagnostic>();
        var text = "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n2\tbad line\n\n1\tOk\tok\tINTJ\tUH\t_\t0\troot\t_\t_\n";
        var doc = Assert.Single(ConlluReader.Read(new StringReader(text), "bad.conllu", diags));
        var d = Assert.Single(diags);
        Assert.Equal(("PRL110", "bad.conllu", 2), (d.Code, d.File, d.Line));
        Assert.Equal("Ok", doc.Text);
    }

    [Fact]
    public void ReadFile_EwtTest_HasAllSentencesAndWords()
    {
        var diags = new List<Diagnostic>();
        var docs = ConlluReader.ReadFile(TestPaths.Shared("ud-english-ewt/en_ewt-ud-test.conllu.gz"), diags).ToList();
        Assert.Empty(diags);
        Assert.Equal(316, docs.Count);
        Assert.Equal(2077, docs.Sum(d => d.SentenceCount));
        Assert.Equal(25094, docs.Sum(d => d.TokenCount));
        Assert.All(docs, d => Assert.Equal(d.Text, d.Reconstruct()));
    }
}
