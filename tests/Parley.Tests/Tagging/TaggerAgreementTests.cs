using Parley.Diagnostics;
using Parley.Reading.Conllu;
using Parley.Tagging;
using Parley.Training;

namespace Parley.Tests.Tagging;

public class TaggerAgreementTests
{
    // The first EWT dev documents: small enough to train both forms in a second, varied enough to exercise
    // every template (capitals, digits, hyphens, the tag dictionary, unknown words).
    private static TaggingCorpus Sample(int skip, int take)
    {
        var diags = new List<Diagnostic>();
        var docs = ConlluReader.ReadFile(TestPaths.Shared("ud-english-ewt/en_ewt-ud-dev.conllu.gz"), diags).Skip(skip).Take(take).ToList();
        Assert.Empty(diags);
        return TaggingCorpus.FromDocuments(docs);
    }

    [Fact]
    public void FastTagger_PredictsLikeReference_OnFixedSentences()
    {
        var train = Sample(0, 40);
        var test = Sample(40, 20);
        var options = new TaggingTrainingOptions(Epochs: 2, Seed: 3, Prune: 0f, DictionaryFolds: 0);
        var fast = TaggingTrainer.Train(train, options);
        var (tags, dict, _) = TaggingTrainer.BuildLexicons(train);
        var reference = new ReferenceTagger(tags, dict);
        var gold = TaggingTrainer.GoldClasses(train, tags);
        for (var epoch = 0; epoch < options.Epochs; epoch++)
            foreach (var k in TaggingTrainer.EpochOrder(train.Sentences.Count, epoch, options))
                reference.Train(TaggingCorpus.Words(train.Sentences[k].Doc, train.Sentences[k].Sentence), gold[k]);
        reference.Average();

        var scratch = new TaggerScratch();
        var compared = 0;
        foreach (var (doc, s) in test.Sentences)
        {
            var expected = reference.Tag(TaggingCorpus.Words(doc, s));
            var got = new int[s.TokenCount];
            fast.Tag(doc.Text, doc.Tokens.Slice(s.FirstToken, s.TokenCount), got, scratch);
            Assert.Equal(expected, got);
            compared += got.Length;
        }
        Assert.True(compared > 300, $"only {compared} words compared");
    }

    [Fact]
    public void Training_WithFoldDictionaries_IsDeterministic()
    {
        var train = Sample(0, 40);
        var test = Sample(40, 10);
        var options = new TaggingTrainingOptions(Epochs: 2, Seed: 3, DictionaryFolds: 5);
        var (a, b) = (TaggingTrainer.Train(train, options), TaggingTrainer.Train(train, options));
        Assert.Equal(a.Perceptron.FeatureCount, b.Perceptron.FeatureCount);
        var scratch = new TaggerScratch();
        foreach (var (doc, s) in test.Sentences)
        {
            var (x, y) = (new int[s.TokenCount], new int[s.TokenCount]);
            a.Tag(doc.Text, doc.Tokens.Slice(s.FirstToken, s.TokenCount), x, scratch);
            b.Tag(doc.Text, doc.Tokens.Slice(s.FirstToken, s.TokenCount), y, scratch);
            Assert.Equal(x, y);
        }
    }

    [Fact]
    public void ReferenceFeatures_AreOnePerTemplate()
    {
        var train = Sample(0, 5);
        var (tags, dict, _) = TaggingTrainer.BuildLexicons(train);
        var reference = new ReferenceTagger(tags, dict);
        string[] words = ["Kim", "met", "Putin", "in", "2019", "."];
        var norms = words.Select(w => w == "2019" ? "!YEAR" : w.ToLowerInvariant()).ToArray();
        var features = reference.Features(words, norms, 1, 0, -1);
        Assert.Equal(TaggerTemplates.PerToken, features.Count);
        Assert.Equal(TaggerTemplates.PerToken, features.Select(f => f[..f.IndexOf('=', StringComparison.Ordinal)]).Distinct().Count());
        Assert.Contains("19=putin", features);
        Assert.Contains("21=in", features);
    }
}
