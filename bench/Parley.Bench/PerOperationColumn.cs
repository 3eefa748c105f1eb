using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Parley.Bench;

/// <summary>
/// A summary column that divides a per-benchmark quantity by the time of one operation (a rate such as sentences
/// per second, from the fastest iteration or the mean) or, with <c>allocatedPer</c>, the allocated bytes per
/// operation by it (kilobytes per document). Benchmarks missing from <c>counts</c> show "-".
/// </summary>
/// <param name="name">The column header.</param>
/// <param name="counts">The quantity per operation, by benchmark method name.</param>
/// <param name="scale">Divides the rate (1000 gives thousands per second).</param>
/// <param name="fromMinimum">Use the fastest iteration instead of the mean.</param>
/// <param name="allocatedPer">Report allocated kilobytes per unit instead of a rate.</param>
public sealed class PerOperationColumn(string name, IReadOnlyDictionary<string, double> counts, double scale = 1,
    bool fromMinimum = true, bool allocatedPer = false) : IColumn
{
    /// <inheritdoc />
    public string Id => nameof(PerOperationColumn) + name;

    /// <inheritdoc />
    public string ColumnName => name;

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
    public string Legend => allocatedPer ? name + ": allocated kilobytes per unit of input"
        : name + ": units processed per second" + (scale == 1 ? "" : " / " + scale) + ", from the " + (fromMinimum ? "fastest iteration" : "mean time");

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        if (!counts.TryGetValue(benchmarkCase.Descriptor.WorkloadMethod.Name, out var count) || summary[benchmarkCase] is not { } report)
            return "-";
        double value;
        if (allocatedPer)
            value = Convert.ToDouble(report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase), System.Globalization.CultureInfo.InvariantCulture) / 1024.0 / count;
        else if (report.ResultStatistics is { } stats)
            value = count / (fromMinimum ? stats.Min : stats.Mean) * 1e9 / scale;
        else
            return "NA";
        return value.ToString("N1", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
