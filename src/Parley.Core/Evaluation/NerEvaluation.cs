using Parley.Documents;
using Parley.Entities;
using Parley.Pipeline;

namespace Parley.Evaluation;

/// <summary>Exact-span entity scores (percent) for one type or all types together.</summary>
/// <param name="Gold">Gold mentions.</param>
/// <param name="Predicted">Predicted mentions.</param>
/// <param name="Correct">Predicted mentions with exactly the gold span and type.</param>
public sealed record NerTypeScore(int Gold, int Predicted, int Correct)
{
    /// <summary>Precision.</summary>
    public double Precision => Predicted == 0 ? 0 : 100.0 * Correct / Predicted;

    /// <summary>Recall.</summary>
    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;

    /// <summary>F1.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <inheritdoc />
    public override string ToString() => $"P {Precision:F2} R {Recall:F2} F1 {F1:F2} (gold {Gold}, predicted {Predicted})";
}

/// <summary>Entity scores: all scored types together (micro-averaged) and per type.</summary>
/// <param name="All">All scored types.</param>
/// <param name="ByType">Per type.</param>
public sealed record NerScores(NerTypeScore All, IReadOnlyDictionary<EntityType, NerTypeScore> ByType)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"entities {All}; " + string.Join("; ", ByType.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key} F1 {kv.Value.F1:F2}"));
}

/// <summary>
/// Scores the recognizer by exact span and type against gold IOB2 tags: the gold mentions are read, the stages
/// (tagger, recognizer) run and overwrite the tags, and the predicted mentions are compared. Only the types in
/// <c>scored</c> count (by default PER, ORG, LOC: what UNER annotates); others are ignored on both sides.
/// </summary>
public static class NerEvaluation
{
    /// <summary>Runs the stages on each document and scores the entities.</summary>
    public static NerScores Score(IEnumerable<Document> gold, IReadOnlyList<IPipelineStage> stages, IReadOnlyCollection<EntityType>? scored = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(stages);
        scored ??= [EntityType.PER, EntityType.ORG, EntityType.LOC];
        var counts = scored.ToDictionary(t => t, _ => (Gold: 0, Predicted: 0, Correct: 0));
        foreach (var doc in gold)
        {
            var expected = EntityMention.FromTokens(doc.Tokens, doc.Sentences).Where(m => scored.Contains(m.Type)).ToHashSet();
            foreach (var stage in stages)
                stage.Process(doc);
            var got = EntityMention.FromTokens(doc.Tokens, doc.Sentences).Where(m => scored.Contains(m.Type)).ToList();
            foreach (var m in expected)
                counts[m.Type] = counts[m.Type] with { Gold = counts[m.Type].Gold + 1 };
            foreach (var m in got)
                counts[m.Type] = counts[m.Type] with { Predicted = counts[m.Type].Predicted + 1, Correct = counts[m.Type].Correct + (expected.Contains(m) ? 1 : 0) };
        }
        var byType = counts.ToDictionary(kv => kv.Key, kv => new NerTypeScore(kv.Value.Gold, kv.Value.Predicted, kv.Value.Correct));
        var all = new NerTypeScore(byType.Values.Sum(s => s.Gold), byType.Values.Sum(s => s.Predicted), byType.Values.Sum(s => s.Correct));
        return new NerScores(all, byType);
    }
}
