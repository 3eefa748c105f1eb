using Parley.Documents;
using Parley.Parsing;
using Parley.Pipeline;
using Parley.Training;

namespace Parley.Evaluation;

/// <summary>
/// Scores a pipeline against treebank documents word for word: each gold document is copied with its words and
/// sentences (and, when the pipeline has no tagger, its gold tags), run through the pipeline, and compared.
/// </summary>
public static class SyntaxEvaluator
{
    /// <summary>Runs <paramref name="stages"/> over copies of <paramref name="gold"/> and counts matches.</summary>
    public static SyntaxScores Evaluate(IEnumerable<Document> gold, IReadOnlyList<IPipelineStage> stages)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(stages);
        var assigned = stages.Aggregate(Annotations.None, (a, s) => a | s.Assigns);
        var tags = (assigned & Annotations.Tags) != 0;
        var lemmas = (assigned & Annotations.Lemmas) != 0;
        var builder = new PipelineBuilder();
        foreach (var stage in stages)
            builder.Add(stage);
        var provided = Annotations.Tokens | Annotations.Sentences | (tags ? Annotations.None : Annotations.Tags);
        var pipeline = builder.Build(provided);
        var c = new long[7];
        foreach (var g in gold)
        {
            var doc = tags ? TreebankCopy.WordsOnly(g) : TreebankCopy.WithGoldTags(g);
            pipeline.Process(doc);
            Count(g, doc, c);
        }
        return new SyntaxScores(c[0], c[1], c[2], c[3], c[4], c[5], c[6], tags, lemmas);
    }

    private static void Count(Document gold, Document predicted, long[] c)
    {
        for (var i = 0; i < gold.TokenCount; i++)
        {
            var (g, p) = (gold.Token(i), predicted.Token(i));
            c[0]++;
            c[1] += g.Upos == p.Upos ? 1 : 0;
            c[2] += g.Xpos == p.Xpos ? 1 : 0;
            c[3] += g.Lemma == p.Lemma ? 1 : 0;
            if (g.Head != p.Head)
                continue;
            c[4]++;
            c[5] += g.DepRel == p.DepRel ? 1 : 0;
            c[6] += ParserVocabulary.BaseRelation(g.DepRel) == ParserVocabulary.BaseRelation(p.DepRel) ? 1 : 0;
        }
    }
}
