using Parley.Documents;
using Parley.Pipeline;

namespace Parley.Evaluation;

/// <summary>
/// Scores a tokenize-and-split pipeline against a treebank by exact character spans: a token is correct when
/// a gold word has the same start and end, a sentence when a gold sentence has the same first and last offset.
/// </summary>
public static class TokenizationEvaluator
{
    /// <summary>Runs <paramref name="pipeline"/> on the treebank's text and scores words and sentences.</summary>
    public static TokenizationScores Evaluate(TokenizationTreebank gold, DocumentPipeline pipeline) =>
        Score(gold, Run(gold, pipeline));

    /// <summary>Runs <paramref name="pipeline"/> on the treebank's rebuilt text.</summary>
    public static Document Run(TokenizationTreebank gold, DocumentPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(pipeline);
        var doc = new Document(gold.Text, new DocumentMetadata("treebank"));
        pipeline.Process(doc);
        return doc;
    }

    /// <summary>Scores the tokens and sentences of <paramref name="system"/>, a document over the treebank's text.</summary>
    public static TokenizationScores Score(TokenizationTreebank gold, Document system)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        return new TokenizationScores(Score(gold.Words, TokenSpans(system)), Score(gold.Sentences, SentenceSpans(system)), gold.Layout, gold.Text.Length);
    }

    internal static (int Start, int End)[] TokenSpans(Document doc)
    {
        var spans = new (int, int)[doc.TokenCount];
        for (var i = 0; i < spans.Length; i++)
            spans[i] = (doc.Tokens[i].Start, doc.Tokens[i].End);
        return spans;
    }

    internal static (int Start, int End)[] SentenceSpans(Document doc)
    {
        var spans = new (int, int)[doc.SentenceCount];
        for (var i = 0; i < spans.Length; i++)
            spans[i] = (doc.Sentence(i).Start, doc.Sentence(i).End);
        return spans;
    }

    /// <summary>Counts spans present in both sorted lists.</summary>
    internal static TokenizationScore Score(IReadOnlyList<(int Start, int End)> gold, IReadOnlyList<(int Start, int End)> system)
    {
        int g = 0, s = 0, correct = 0;
        while (g < gold.Count && s < system.Count)
        {
            var cmp = gold[g].CompareTo(system[s]);
            if (cmp == 0)
            {
                correct++;
                g++;
                s++;
            }
            else if (cmp < 0)
                g++;
            else
                s++;
        }
        return new TokenizationScore(gold.Count, system.Count, correct);
    }
}
