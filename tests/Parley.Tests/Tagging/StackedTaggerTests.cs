using Parley.Diagnostics;
using Parley.Reading.Conllu;
using Parley.Tagging;
using Parley.Training;

namespace Parley.Tests.Tagging;

public class StackedTaggerTests
{
    private static TaggingCorpus Sample(int skip, int take)
    {
        var diags = new List<Diagnostic>();
        var docs = ConlluReader.ReadFile(TestPaths.Shared("ud-english-ewt/en_ewt-ud-dev.conllu.gz"), diags).Skip(skip).Take(take).ToList();
        Assert.Empty(diags);
        return TaggingCorpus.FromDocuments(docs);
    }

    private static int[][] TagAll(TaggerModel model, TaggingCorpus corpus)
    {
        var scratch = new TaggerScratch();
        return [.. corpus.Sentences.Select(x =>
        {
            var tags = new int[x.Sentence.TokenCount];
            model.Tag(x.Doc.Text, x.Doc.Tokens.Slice(x.Sentence.FirstToken, x.Sentence.TokenCount), tags, scratch);
            return tags;
        })];
    }

    [Fact]
    public void StackedTraining_IsDeterministic_AndRoundTripsThroughTheFile()
    {
        var (train, test) = (Sample(0, 40), Sample(40, 10));
        var options = new TaggingTrainingOptions(Epochs: 2, Seed: 3, DictionaryFolds: 5, StackFolds: 3);
        var (a, b) = (TaggingTrainer.Train(train, options), TaggingTrainer.Train(train, options));
        Assert.NotNull(a.Stacked);
        Assert.Equal(a.Stacked.FeatureCount, b.Stacked!.FeatureCount);
        var expected = TagAll(a, test);
        Assert.Equal(expected, TagAll(b, test));

        var path = Path.Combine(Path.GetTempPath(), $"parley-stacked-{Environment.ProcessId}.bin.gz");
        TaggerModelFile.Save(a, path);
        var diags = new List<Diagnostic>();
        var loaded = TaggerModelFile.Load(path, diags);
        File.Delete(path);
        Assert.Empty(diags);
        Assert.NotNull(loaded!.Stacked);
        Assert.Equal(expected, TagAll(loaded, test));
    }

    [Fact]
    public void SinglePassModel_HasNoSecondPass()
    {
        var model = TaggingTrainer.Train(Sample(0, 10), new TaggingTrainingOptions(Epochs: 1, DictionaryFolds: 0));
        Assert.Null(model.Stacked);
    }

    [Fact]
    public void FastSecondPass_PredictsLikeReference()
    {
        var (train, test) = (Sample(0, 40), Sample(40, 20));
        var options = new TaggingTrainingOptions(Epochs: 2, Seed: 3, Prune: 0f, DictionaryFolds: 0);
        var (tags, dict, feats) = TaggingTrainer.BuildLexicons(train);
        var gold = TaggingTrainer.GoldClasses(train, tags);
        var all = Enumerable.Range(0, train.Sentences.Count).ToArray();
        var reference = new ReferenceTagger(tags, dict);
        var words = train.Sentences.Select(x => TaggingCorpus.Words(x.Doc, x.Sentence)).ToArray();
        for (var epoch = 0; epoch < options.Epochs; epoch++)
            foreach (var k in TaggingTrainer.EpochOrder(all.Length, epoch, options))
                reference.Train(words[k], gold[k]);
        reference.Average();
        // The second pass learns from the first pass's classes on its own training sentences (in real training they
        // come from the jackknife; any fixed classes do for comparing the two forms).
        var first = words.Select(reference.Tag).ToArray();
        for (var epoch = 0; epoch < options.Epochs; epoch++)
            foreach (var k in TaggingTrainer.EpochOrder(all.Length, epoch, options))
                reference.TrainStacked(words[k], first[k], gold[k]);
        reference.AverageStacked();
        var fast = new TaggerModel(tags, dict, feats, TaggingTrainer.TrainPass(new PassData(train, all, tags, dict, gold), options, null),
            TaggingTrainer.TrainPass(new PassData(train, all, tags, dict, gold, first), options, null));

        var expected = test.Sentences.Select(x => reference.TagStacked(TaggingCorpus.Words(x.Doc, x.Sentence))).ToArray();
        var got = TagAll(fast, test);
        Assert.Equal(expected, got);
        // The second pass does change some first-pass classes, so the comparison covers its features.
        var firstOnly = test.Sentences.Select(x => reference.Tag(TaggingCorpus.Words(x.Doc, x.Sentence))).ToArray();
        Assert.NotEqual(firstOnly.SelectMany(t => t), got.SelectMany(t => t));
    }

    [Fact]
    public void StackedFeatures_AreOnePerTemplate_AndSeeTheFollowingClasses()
    {
        var keys = new WordKeys[3 + 2 * TaggerFeatures.Margin];
        var a = new ulong[TaggerTemplates.PerTokenStacked - TaggerTemplates.PerToken];
        var b = new ulong[a.Length];
        var n = TaggerFeatures.FillStacked(keys, [1, 2, 3], 0, TaggerTemplates.Start, a);
        TaggerFeatures.FillStacked(keys, [1, 2, 4], 0, TaggerTemplates.Start, b);
        Assert.Equal(a.Length, n);
        Assert.Equal(n, a.Distinct().Count());
        // Only the features over the second following word's class change.
        Assert.Equal(3, Enumerable.Range(0, n).Count(i => a[i] != b[i]));
    }
}
