using Parley.Documents;
using Parley.Tagging;

namespace Parley.Training;

/// <summary>
/// Jackknifed tags for parser training: the documents are split into folds (document i goes to fold
/// i mod k), a tagger is trained on all folds but one and tags the held-out fold. The parser then learns from
/// tags with the errors a real tagger makes on unseen text, instead of from gold tags it will never see.
/// </summary>
public static class ParsingJackknife
{
    /// <summary>
    /// Replaces UPOS, XPOS and features of every token of <paramref name="documents"/>, in place, by the
    /// predictions of a tagger that did not see the document. Trees and lemmas are left as they are.
    /// </summary>
    public static void Retag(IReadOnlyList<Document> documents, int folds, TaggingTrainingOptions options, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var taggers = new Tagger[folds];
        for (var f = 0; f < folds; f++)
        {
            var rest = documents.Where((_, i) => i % folds != f);
            taggers[f] = new Tagger(TaggingTrainer.Train(TaggingCorpus.FromDocuments(rest), options));
            log.WriteLine($"jackknife: tagger {f + 1} of {folds} trained");
        }
        long words = 0, same = 0;
        for (var i = 0; i < documents.Count; i++)
        {
            var doc = documents[i];
            var gold = doc.Tokens.ToArray();
            taggers[i % folds].Process(doc);
            for (var t = 0; t < gold.Length; t++)
            {
                words++;
                same += gold[t].Upos == doc.Tokens[t].Upos ? 1 : 0;
            }
        }
        log.WriteLine($"jackknife: held-out UPOS accuracy {100.0 * same / Math.Max(1, words):F2} % on {words} words");
    }
}
