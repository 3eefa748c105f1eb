using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Parley.Petrarch;

/// <summary>The outcome of one record: what the coder produced and how it compares with the expected lines.</summary>
/// <param name="Record">The record.</param>
/// <param name="Produced">The (source, target, code) triples the coder produced.</param>
/// <param name="Found">Expected lines satisfied (an event produced; or, for "nothing coded", nothing produced).</param>
/// <param name="Extra">Produced triples that no expected event line accounts for.</param>
public sealed record RecordOutcome(ValidationRecord Record, ImmutableArray<(string Source, string Target, string Code)> Produced, int Found, int Extra)
{
    /// <summary>True when every expected line is satisfied and nothing extra was produced.</summary>
    public bool Exact => Found == Record.Expected.Length && Extra == 0;
}

/// <summary>Totals for a category, or overall.</summary>
/// <param name="Category">The category, or "ALL".</param>
/// <param name="Records">Records scored.</param>
/// <param name="Expected">Expected coding lines.</param>
/// <param name="Found">Expected lines satisfied.</param>
/// <param name="Extra">Extra codings produced.</param>
/// <param name="Exact">Records exactly right.</param>
public sealed record CategoryScore(string Category, int Records, int Expected, int Found, int Extra, int Exact)
{
    /// <summary>Share of expected lines satisfied (0 when none expected).</summary>
    public double FoundRate => Expected == 0 ? 0 : (double)Found / Expected;

    /// <summary>Extra codings per record.</summary>
    public double ExtraPerRecord => Records == 0 ? 0 : (double)Extra / Records;

    /// <summary>Share of records exactly right.</summary>
    public double ExactRate => Records == 0 ? 0 : (double)Exact / Records;
}

/// <summary>The score of a validation run: per record, per category (in order of first appearance) and overall.</summary>
/// <param name="Records">Every scored record's outcome, in file order.</param>
/// <param name="Categories">Per category.</param>
/// <param name="Overall">All records together.</param>
public sealed record ValidationScore(ImmutableArray<RecordOutcome> Records, ImmutableArray<CategoryScore> Categories, CategoryScore Overall)
{
    /// <summary>A fixed-width table: category, records, expected, found (and %), extra (per record), exact (and %).</summary>
    public string Format()
    {
        var sb = new StringBuilder();
        sb.AppendLine("category   records  expected  found  found%  extra  extra/rec  exact  exact%");
        foreach (var c in Categories.Append(Overall))
        {
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{c.Category,-10} {c.Records,7} {c.Expected,9} {c.Found,6} {c.FoundRate * 100,6:F1}% {c.Extra,6} {c.ExtraPerRecord * 100,9:F1}% {c.Exact,6} {c.ExactRate * 100,6:F1}%"));
        }
        return sb.ToString();
    }
}
