using Parley.Diagnostics;
using Parley.Documents;
using Parley.Tagging;

namespace Parley.Tests.Tagging;

public class TaggerTests
{
    private static Document Tag(string text)
    {
        var doc = new Document(text, new DocumentMetadata("t"));
        var words = text.Split(' ');
        var tokens = new TokenData[words.Length];
        var at = 0;
        for (var i = 0; i < words.Length; i++)
        {
            tokens[i] = new TokenData { Start = at, Length = words[i].Length, SpaceAfter = i + 1 < words.Length ? 1 : 0, Head = -1 };
            at += words[i].Length + 1;
        }
        doc.SetTokens(tokens);
        doc.SetSentences([new SentenceData(0, tokens.Length, true)]);
        ShippedModels.Models.Tagger.Process(doc);
        ShippedModels.Models.Lemmatizer.Process(doc);
        return doc;
    }

    [Fact]
    public void Tags_VerbsNounsAndFeatures_OfANewsSentence()
    {
        var doc = Tag("Putin met Kim in Vladivostok and signed two agreements .");
        Assert.Equal([Upos.PROPN, Upos.VERB, Upos.PROPN, Upos.ADP, Upos.PROPN, Upos.CCONJ, Upos.VERB, Upos.NUM, Upos.NOUN, Upos.PUNCT],
            Enumerable.Range(0, doc.TokenCount).Select(i => doc.Token(i).Upos));
        Assert.Equal("VBD", doc.Token(1).Xpos);
        Assert.Equal("Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin", doc.Token(1).Feats);
        Assert.Equal("Number=Plur", doc.Token(8).Feats);
        Assert.Equal(["meet", "sign", "agreement"], new[] { 1, 6, 8 }.Select(i => doc.Token(i).Lemma));
    }

    [Fact]
    public void ModelFile_RejectsWrongMagic_AndMissingFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"parley-bad-{Environment.ProcessId}.bin.gz");
        File.WriteAllText(path, "not a model at all");
        var diags = new List<Diagnostic>();
        Assert.Null(TaggerModelFile.Load(path, diags));
        Assert.Null(TaggerModelFile.Load(path + ".missing", diags));
        File.Delete(path);
        Assert.Equal(["PRL301", "PRL302"], diags.Select(d => d.Code));
    }

    [Fact]
    public void ModelFile_RoundTrips_ThePredictions()
    {
        var m = ShippedModels.Models.Tagger.Model;
        var path = Path.Combine(Path.GetTempPath(), $"parley-rt-{Environment.ProcessId}.bin.gz");
        TaggerModelFile.Save(m, path);
        var diags = new List<Diagnostic>();
        var again = TaggerModelFile.Load(path, diags);
        File.Delete(path);
        Assert.Empty(diags);
        Assert.Equal(m.Perceptron.FeatureCount, again!.Perceptron.FeatureCount);
        Assert.Equal(m.Tags.Names, again.Tags.Names);
    }
}
