using Parley.Documents;
using Parley.Pipeline;

namespace Parley.Training;

/// <summary>
/// Jackknifed tags for parser training: the documents are dealt into k folds in a seeded random order, a tagger
/// is trained on all folds but one and tags the held-out fold. The parser then learns from tags with the errors a
/// real tagger makes on unseen text, instead of from gold tags it will never see. The tagger is whatever the
/// caller's training function builds, so the recipe follows the shipped tagger's.
/// </summary>
public static class ParsingJackknife
{
    /// <summary>
    /// The fold (0 to <paramref name="folds"/> − 1) of each of <paramref name="count"/> documents: a seeded
    /// shuffle of the documents dealt round-robin, so fold sizes differ by at most one document.
    /// </summary>
    public static int[] Folds(int count, int folds, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var order = Enumerable.Range(0, count).ToArray();
        new Random(seed).Shuffle(order);
        var fold = new int[count];
        for (var i = 0; i < order.Length; i++)
            fold[order[i]] = i % folds;
        return fold;
    }

    /// <summary>
    /// Replaces the tags of every token of <paramref name="documents"/>, in place, by those of a tagger that did
    /// not see the document: <paramref name="trainTagger"/> is called once per fold with the other folds'
    /// documents (gold tags) and returns the stage that tags the held-out fold. Trees are left as they are.
    /// </summary>
    /// <returns>The held-out UPOS accuracy, a fraction.</returns>
    public static double Retag(
        IReadOnlyList<Document> documents, int folds, int seed, Func<IReadOnlyList<Document>, IPipelineStage> trainTagger, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(trainTagger);
        ArgumentNullException.ThrowIfNull(log);
        var fold = Folds(documents.Count, folds, seed);
        long words = 0, same = 0;
        for (var f = 0; f < folds; f++)
        {
            var tagger = trainTagger([.. documents.Where((_, i) => fold[i] != f)]);
            foreach (var doc in documents.Where((_, i) => fold[i] == f))
            {
                var gold = doc.Tokens.ToArray();
                tagger.Process(doc);
                for (var t = 0; t < gold.Length; t++)
                    same += gold[t].Upos == doc.Tokens[t].Upos ? 1 : 0;
                words += gold.Length;
            }
            log.WriteLine($"jackknife: fold {f + 1} of {folds} tagged");
        }
        var accuracy = (double)same / Math.Max(1, words);
        log.WriteLine($"jackknife: held-out UPOS accuracy {100 * accuracy:F2} % on {words} words");
        return accuracy;
    }
}
