using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Parley.Bench;

/// <summary>
/// A summary column with thousands of words (tokens) processed per second, from the mean time or, on a busy
/// shared machine where the mean mostly measures waiting for a core, from the fastest iteration.
/// </summary>
/// <param name="words">Words per operation.</param>
/// <param name="fromMinimum">Use the fastest iteration instead of the mean.</param>
public sealed class WordRateColumn(int words, bool fromMinimum = false) : IColumn
{
    /// <inheritdoc />
    public string Id => nameof(WordRateColumn) + (fromMinimum ? "Min" : "Mean");

    /// <inheritdoc />
    public string ColumnName => fromMinimum ? "kwords/s (min)" : "kwords/s (mean)";

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => 0;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => "Thousands of words processed per second, from the " + (fromMinimum ? "fastest iteration" : "mean time") + " (the LoadModel row is not per word)";

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var stats = summary[benchmarkCase]?.ResultStatistics;
        // Times are in nanoseconds: words / ns * 1e9 / 1e3.
        return stats is null ? "NA" : (words / (fromMinimum ? stats.Min : stats.Mean) * 1e6).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
