namespace Parley.Evaluation;

/// <summary>Precision, recall and F1 over matched, produced and expected counts.</summary>
public sealed record PrfScore(int Matched, int Produced, int Expected)
{
    /// <summary>Matched / produced (1 when nothing was produced).</summary>
    public double Precision => Produced == 0 ? 1 : (double)Matched / Produced;

    /// <summary>Matched / expected (1 when nothing was expected).</summary>
    public double Recall => Expected == 0 ? 1 : (double)Matched / Expected;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Event scores at two levels: dyad + CAMEO root, and dyad + full CAMEO code.</summary>
public sealed record EventScores(PrfScore Root, PrfScore Full, int Items, int ItemsExact);

/// <summary>
/// Scores produced events against gold, per item, as multisets: an expected (source, target, code) is matched by at
/// most one produced event. At the root level codes are compared by their first two digits.
/// </summary>
public static class EventScorer
{
    /// <summary>Scores <paramref name="code"/> (the coder under test) on <paramref name="gold"/>.</summary>
    public static EventScores Score(IEnumerable<GoldItem> gold, Func<GoldItem, IReadOnlyList<ExpectedEvent>> code)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(code);
        int rootMatched = 0, fullMatched = 0, produced = 0, expected = 0, items = 0, exact = 0;
        foreach (var item in gold)
        {
            var output = code(item);
            var full = Matches(item.Events, output, e => e.Cameo);
            rootMatched += Matches(item.Events, output, e => e.Cameo[..Math.Min(2, e.Cameo.Length)]);
            fullMatched += full;
            produced += output.Count;
            expected += item.Events.Count;
            items++;
            if (full == item.Events.Count && output.Count == item.Events.Count)
                exact++;
        }
        return new EventScores(new PrfScore(rootMatched, produced, expected), new PrfScore(fullMatched, produced, expected), items, exact);
    }

    private static int Matches(IReadOnlyList<ExpectedEvent> expected, IReadOnlyList<ExpectedEvent> produced, Func<ExpectedEvent, string> key)
    {
        var pool = produced.Select(e => (e.Source, e.Target, key(e))).ToList();
        var matched = 0;
        foreach (var e in expected)
        {
            var i = pool.IndexOf((e.Source, e.Target, key(e)));
            if (i < 0)
                continue;
            pool.RemoveAt(i);
            matched++;
        }
        return matched;
    }
}
