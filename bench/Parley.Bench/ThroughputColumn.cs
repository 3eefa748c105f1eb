using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Parley.Bench;

/// <summary>
/// A summary column with input megabytes (10^6 characters) processed per second, from the mean time or, on a
/// busy shared machine where the mean mostly measures waiting for a core, from the fastest iteration.
/// </summary>
/// <param name="characters">Input size per operation, in characters.</param>
/// <param name="fromMinimum">Use the fastest iteration instead of the mean.</param>
public sealed class ThroughputColumn(int characters, bool fromMinimum = false) : IColumn
{
    /// <inheritdoc />
    public string Id => nameof(ThroughputColumn) + (fromMinimum ? "Min" : "Mean");

    /// <inheritdoc />
    public string ColumnName => fromMinimum ? "MB/s (min)" : "MB/s (mean)";

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
    public string Legend => "Input characters (millions) processed per second, from the " + (fromMinimum ? "fastest iteration" : "mean time");

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var stats = summary[benchmarkCase]?.ResultStatistics;
        return stats is null ? "NA" : (characters / (fromMinimum ? stats.Min : stats.Mean) * 1000.0).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
