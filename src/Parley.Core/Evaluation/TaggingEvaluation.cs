using Parley.Documents;
using Parley.Pipeline;

namespace Parley.Evaluation;

/// <summary>Word-level accuracies (percent) of tagging and lemmatization against gold words.</summary>
/// <param name="Words">Number of words scored.</param>
/// <param name="Upos">Universal part-of-speech accuracy.</param>
/// <param name="Xpos">Penn Treebank tag accuracy.</param>
/// <param name="Feats">Exact full-FEATS accuracy (UFeats).</param>
/// <param name="AllTags">UPOS, XPOS and FEATS all right.</param>
/// <param name="Lemmas">Lemma accuracy, or null when no lemmatizer ran.</param>
public sealed record TaggingScores(int Words, double Upos, double Xpos, double Feats, double AllTags, double? Lemmas)
{
    /// <summary>A one-line summary.</summary>
    public override string ToString() =>
        $"words {Words}  UPOS {Upos:F2}  XPOS {Xpos:F2}  UFeats {Feats:F2}  AllTags {AllTags:F2}" +
        (Lemmas is { } l ? $"  Lemmas {l:F2}" : "");
}

/// <summary>
/// Scores the tagger (and optionally the lemmatizer) on gold-annotated documents, with the gold words: each
/// document's gold columns are remembered, the stages overwrite them, and the two are compared.
/// </summary>
public static class TaggingEvaluation
{
    /// <summary>Runs <paramref name="stages"/> on each document in order and scores tags and lemmas.</summary>
    public static TaggingScores Score(IEnumerable<Document> gold, IReadOnlyList<IPipelineStage> stages)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(stages);
        var lemmatized = stages.Any(s => (s.Assigns & Annotations.Lemmas) != 0);
        long words = 0, upos = 0, xpos = 0, feats = 0, all = 0, lemmas = 0;
        foreach (var doc in gold)
        {
            var expected = Snapshot(doc);
            foreach (var stage in stages)
                stage.Process(doc);
            var got = Snapshot(doc);
            for (var i = 0; i < expected.Length; i++)
            {
                var (e, g) = (expected[i], got[i]);
                words++;
                upos += e.Upos == g.Upos ? 1 : 0;
                xpos += e.Xpos == g.Xpos ? 1 : 0;
                feats += e.Feats == g.Feats ? 1 : 0;
                all += e.Upos == g.Upos && e.Xpos == g.Xpos && e.Feats == g.Feats ? 1 : 0;
                lemmas += e.Lemma == g.Lemma ? 1 : 0;
            }
        }
        double P(long n) => words == 0 ? 0 : 100.0 * n / words;
        return new TaggingScores((int)words, P(upos), P(xpos), P(feats), P(all), lemmatized ? P(lemmas) : null);
    }

    private static (Upos Upos, string Xpos, string Feats, string Lemma)[] Snapshot(Document doc)
    {
        var result = new (Upos, string, string, string)[doc.TokenCount];
        for (var i = 0; i < result.Length; i++)
        {
            var t = doc.Token(i);
            result[i] = (t.Upos, t.Xpos, t.Feats, t.Lemma);
        }
        return result;
    }
}
