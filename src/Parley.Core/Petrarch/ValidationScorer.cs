using System.Collections.Immutable;

namespace Parley.Petrarch;

/// <summary>
/// Scores a coder on validation records. Each expected line counts once: an event line is found when the coder
/// produced that (source, target, code) triple (each produced triple accounts for one expected line); a "nothing
/// coded" line (<c>noevents</c>, <c>error</c>) is found when the coder produced nothing. Produced triples not
/// accounting for an expected event are extra. Codes compare ordinally, ignoring case.
/// </summary>
public static class ValidationScorer
{
    /// <summary>Runs <paramref name="coder"/> on each record and scores it.</summary>
    public static ValidationScore Score(IEnumerable<ValidationRecord> records, Func<ValidationRecord, IReadOnlyList<(string Source, string Target, string Code)>> coder)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(coder);
        var outcomes = records.Select(r => Outcome(r, coder(r))).ToImmutableArray();
        var categories = outcomes.GroupBy(o => o.Record.Category, StringComparer.Ordinal).Select(g => Total(g.Key, g)).ToImmutableArray();
        return new ValidationScore(outcomes, categories, Total("ALL", outcomes));
    }

    /// <summary>Compares one record's expected lines with what was produced.</summary>
    public static RecordOutcome Outcome(ValidationRecord record, IReadOnlyList<(string Source, string Target, string Code)> produced)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(produced);
        var remaining = produced.Select(Key).ToList();
        var found = 0;
        foreach (var expected in record.Expected)
        {
            if (expected.IsNoEvent)
            {
                found += produced.Count == 0 ? 1 : 0;
                continue;
            }
            var at = remaining.IndexOf(Key((expected.Source, expected.Target, expected.Code)));
            if (at < 0)
                continue;
            remaining.RemoveAt(at);
            found++;
        }
        return new RecordOutcome(record, [.. produced], found, remaining.Count);
    }

    private static string Key((string Source, string Target, string Code) t) =>
        $"{t.Source.ToUpperInvariant()}\t{t.Target.ToUpperInvariant()}\t{t.Code.ToUpperInvariant()}";

    private static CategoryScore Total(string name, IEnumerable<RecordOutcome> outcomes)
    {
        var list = outcomes.ToList();
        return new CategoryScore(name, list.Count, list.Sum(o => o.Record.Expected.Length), list.Sum(o => o.Found), list.Sum(o => o.Extra), list.Count(o => o.Exact));
    }
}
