using Parley.Tagging;

namespace Parley.Training;

/// <summary>
/// The second pass's training input: the first pass's classes of every training sentence, predicted by a first
/// pass trained without that sentence's fold of documents (document <c>d</c> is in fold <c>d % folds</c>). The
/// second pass so learns how far to trust first-pass classes that are as wrong as they will be on new text, not
/// the nearly perfect classes of sentences the first pass was trained on.
/// </summary>
internal static class TaggingJackknife
{
    /// <summary>First-pass classes of every sentence of <paramref name="corpus"/>, each from the model that did not see it.</summary>
    public static int[][] FirstPassClasses(TaggingCorpus corpus, TagSet tags, FeatsLexicon feats, int[][] gold,
        TaggingTrainingOptions options, Action<int, double>? progress)
    {
        var folds = options.StackFolds;
        var documentIndex = new Dictionary<Documents.Document, int>(ReferenceEqualityComparer.Instance);
        for (var d = 0; d < corpus.Documents.Count; d++)
            documentIndex[corpus.Documents[d]] = d;
        var foldOf = corpus.Sentences.Select(x => documentIndex[x.Doc] % folds).ToArray();
        var predicted = new int[corpus.Sentences.Count][];
        var scratch = new TaggerScratch();
        for (var f = 0; f < folds; f++)
        {
            var train = Enumerable.Range(0, foldOf.Length).Where(k => foldOf[k] != f).ToArray();
            var dict = TaggingTrainer.DictionaryOf(corpus, train, tags);
            var perceptron = TaggingTrainer.TrainPass(new PassData(corpus, train, tags, dict, gold), options, progress);
            var model = new TaggerModel(tags, dict, feats, perceptron);
            for (var k = 0; k < foldOf.Length; k++)
            {
                if (foldOf[k] != f)
                    continue;
                var (doc, s) = corpus.Sentences[k];
                predicted[k] = new int[s.TokenCount];
                model.TagFirstPass(doc.Text, doc.Tokens.Slice(s.FirstToken, s.TokenCount), predicted[k], scratch);
            }
        }
        return predicted;
    }
}
