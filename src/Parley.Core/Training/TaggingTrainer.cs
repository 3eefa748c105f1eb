using Parley.Documents;
using Parley.Learning;
using Parley.Tagging;

namespace Parley.Training;

/// <summary>Settings of a tagger training run.</summary>
/// <param name="Epochs">Passes over the training sentences.</param>
/// <param name="Seed">Seed of the sentence shuffle (training is deterministic for a seed).</param>
/// <param name="Prune">Features whose averaged weights are all at most this (in absolute value) are dropped.</param>
/// <param name="Shuffle">Shuffle sentences each epoch.</param>
/// <param name="DictionaryFolds">
/// When above 1, the dictionary features (most frequent class of the word and the next two) of each training sentence come
/// from a dictionary built without its fold of sentences, so that they look as they will on new text.
/// </param>
/// <param name="StackFolds">
/// When above 1, a second pass is trained on the first pass's classes, which come for each training sentence from a
/// first pass trained without its fold of documents (jackknifing), so that they carry the errors of new text.
/// </param>
public sealed record TaggingTrainingOptions(int Epochs = 8, int Seed = 1, float Prune = 0.05f, bool Shuffle = true, int DictionaryFolds = 10, int StackFolds = 0);

/// <summary>What one training pass reads: the sentences (indices into the corpus) and, for the second pass, the first pass's classes.</summary>
internal sealed record PassData(TaggingCorpus Corpus, int[] Sentences, TagSet Tags, TagDictionary Dictionary, int[][] Gold, int[][]? First = null);

/// <summary>
/// Trains the fast tagger (<see cref="TaggerModel"/>) on gold sentences: builds the tag set, tag dictionary and
/// features lexicon from counts, then runs greedy averaged-perceptron training with predicted previous tags.
/// </summary>
public static class TaggingTrainer
{
    /// <summary>
    /// Trains a model; <paramref name="progress"/> receives each epoch's training accuracy (percent). With
    /// <see cref="TaggingTrainingOptions.StackFolds"/> above 1, a second pass is trained on top of the first
    /// (<see cref="TaggingJackknife"/>).
    /// </summary>
    public static TaggerModel Train(TaggingCorpus corpus, TaggingTrainingOptions options, Action<int, double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(options);
        var (tags, dict, feats) = BuildLexicons(corpus);
        var gold = GoldClasses(corpus, tags);
        var all = Enumerable.Range(0, corpus.Sentences.Count).ToArray();
        var first = TrainPass(new PassData(corpus, all, tags, dict, gold), options, progress);
        if (options.StackFolds <= 1)
            return new TaggerModel(tags, dict, feats, first);
        var predicted = TaggingJackknife.FirstPassClasses(corpus, tags, feats, gold, options, progress);
        var second = TrainPass(new PassData(corpus, all, tags, dict, gold, predicted), options, progress);
        return new TaggerModel(tags, dict, feats, first, second);
    }

    /// <summary>
    /// Greedy averaged-perceptron training of one pass over <see cref="PassData.Sentences"/>: the first pass when
    /// <see cref="PassData.First"/> is null, else the second pass over those first-pass classes.
    /// </summary>
    internal static HashedPerceptron TrainPass(PassData data, TaggingTrainingOptions options, Action<int, double>? progress)
    {
        var (corpus, sentences, tags, dict, gold, first) = data;
        var trainer = new HashedPerceptronTrainer(tags.Count);
        var scratch = new TaggerScratch();
        var guesses = new int[sentences.Max(k => corpus.Sentences[k].Sentence.TokenCount)];
        var folds = options.DictionaryFolds;
        var foldDicts = folds > 1 ? FoldDictionaries(corpus, sentences, tags, folds) : null;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            var (right, total) = (0, 0);
            foreach (var j in EpochOrder(sentences.Length, epoch, options))
            {
                var k = sentences[j];
                var (doc, s) = corpus.Sentences[k];
                var tokens = doc.Tokens.Slice(s.FirstToken, s.TokenCount);
                scratch.Ensure(tokens.Length, tags.Count);
                TaggerFeatures.Prepare(doc.Text, tokens, foldDicts?[j % folds] ?? dict, scratch.Keys, scratch.Norms);
                if (foldDicts is not null)
                    KeepSure(scratch, tokens.Length, dict);
                var result = guesses.AsSpan(0, tokens.Length);
                TaggerPasses.Run(new TrainingGuesser(trainer, gold[k]), scratch.Keys, first is null ? [] : first[k], result);
                for (var i = 0; i < result.Length; i++)
                    right += result[i] == gold[k][i] ? 1 : 0;
                total += result.Length;
            }
            progress?.Invoke(epoch + 1, 100.0 * right / Math.Max(1, total));
        }
        return trainer.Build(options.Prune);
    }

    /// <summary>The tag dictionary of some sentences of a corpus (by index).</summary>
    internal static TagDictionary DictionaryOf(TaggingCorpus corpus, IEnumerable<int> sentences, TagSet tags)
    {
        var counts = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        foreach (var k in sentences)
        {
            var (doc, s) = corpus.Sentences[k];
            foreach (ref readonly var t in doc.Tokens.Slice(s.FirstToken, s.TokenCount))
                Increment(counts, TaggingCorpus.NormOf(doc, t), tags.Find(TaggingCorpus.ClassOf(doc, t)));
        }
        return TagDictionary.FromCounts(counts);
    }

    // The dictionary of each fold of sentences (j % folds), built from the other folds only: in training, a word's
    // dictionary features then look as they will on new text, where some words are rare or unseen.
    private static TagDictionary[] FoldDictionaries(TaggingCorpus corpus, int[] sentences, TagSet tags, int folds) =>
        [.. Enumerable.Range(0, folds).Select(f => DictionaryOf(corpus, sentences.Where((_, j) => j % folds != f), tags))];

    // Near-certain words still come from the full dictionary, as when tagging.
    private static void KeepSure(TaggerScratch scratch, int count, TagDictionary dict)
    {
        for (var i = 0; i < count; i++)
            scratch.Keys[i + TaggerFeatures.Margin].Sure = dict.Sure(scratch.NormOf(i));
    }

    /// <summary>The sentence order of an epoch: a seeded shuffle, or file order.</summary>
    public static int[] EpochOrder(int count, int epoch, TaggingTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var order = Enumerable.Range(0, count).ToArray();
        if (options.Shuffle)
            new Random(options.Seed * 7919 + epoch).Shuffle(order);
        return order;
    }

    /// <summary>The tag set (sorted class names), tag dictionary and features lexicon of a corpus.</summary>
    public static (TagSet Tags, TagDictionary Dictionary, FeatsLexicon Feats) BuildLexicons(TaggingCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (doc, s) in corpus.Sentences)
            foreach (ref readonly var t in doc.Tokens.Slice(s.FirstToken, s.TokenCount))
                names.Add(TaggingCorpus.ClassOf(doc, t));
        var tags = new TagSet([.. names]);
        var byWord = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        var byFeats = new Dictionary<(string, int), Dictionary<string, int>>();
        foreach (var (doc, s) in corpus.Sentences)
        {
            foreach (ref readonly var t in doc.Tokens.Slice(s.FirstToken, s.TokenCount))
            {
                var (norm, cls) = (TaggingCorpus.NormOf(doc, t), tags.Find(TaggingCorpus.ClassOf(doc, t)));
                Increment(byWord, norm, cls);
                Increment(byFeats, (norm, cls), doc.Strings[t.Feats]);
            }
        }
        return (tags, TagDictionary.FromCounts(byWord), FeatsLexicon.FromCounts(tags.Count, byFeats));
    }

    /// <summary>The gold class ids of every sentence, in corpus order.</summary>
    public static int[][] GoldClasses(TaggingCorpus corpus, TagSet tags)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(tags);
        return [.. corpus.Sentences.Select(x => Enumerable.Range(x.Sentence.FirstToken, x.Sentence.TokenCount)
            .Select(i => tags.Find(TaggingCorpus.ClassOf(x.Doc, x.Doc.Tokens[i]))).ToArray())];
    }

    private static void Increment<TKey, TValue>(Dictionary<TKey, Dictionary<TValue, int>> counts, TKey key, TValue value)
        where TKey : notnull where TValue : notnull
    {
        if (!counts.TryGetValue(key, out var inner))
            counts[key] = inner = [];
        inner[value] = inner.GetValueOrDefault(value) + 1;
    }
}
