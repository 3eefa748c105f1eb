using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Parley.Bench;

/// <summary>
/// A summary column with thousands of tokens processed per second, from the mean time or, on a busy shared
/// machine where the mean mostly measures waiting for a core, from the fastest iteration.
/// </summary>
/// <param name="tokens">Tokens per operation.</param>
/// <param name="fromMinimum">Use the fastest iteration instead of the mean.</param>
public sealed class TokenThroughputColumn(int tokens, bool fromMinimum = false) : IColumn
{
    /// <inheritdoc />
    public string Id => nameof(TokenThroughputColumn) + (fromMinimum ? "Min" : "Mean");

    /// <inheritdoc />
    public string ColumnName => fromMinimum ? "ktok/s (min)" : "ktok/s (mean)";

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
    public string Legend => "Thousands of tokens processed per second, from the " + (fromMinimum ? "fastest iteration" : "mean time");

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var stats = summary[benchmarkCase]?.ResultStatistics;
        return stats is null ? "NA" : (tokens / (fromMinimum ? stats.Min : stats.Mean) * 1e6).ToString("F0", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
