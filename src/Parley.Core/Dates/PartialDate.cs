using System.Globalization;

namespace Parley.Dates;

/// <summary>How much of a date is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year ("in 2016").</summary>
    Year,
    /// <summary>Year and month ("earlier this month", "in June 2018").</summary>
    Month,
    /// <summary>A calendar week, Monday to Sunday ("last week").</summary>
    Week,
    /// <summary>A single day ("on June 12").</summary>
    Day,
}

/// <summary>
/// A date that may be partial: <see cref="Start"/> is the first day of the period, <see cref="Precision"/> says
/// which period. Written as <c>2016</c>, <c>2016-07</c>, <c>2018-W27</c> (ISO week) or <c>2018-07-07</c>.
/// </summary>
public readonly record struct PartialDate(DateOnly Start, DatePrecision Precision)
{
    /// <summary>A full day.</summary>
    public static PartialDate Day(DateOnly date) => new(date, DatePrecision.Day);

    /// <summary>The last day of the period.</summary>
    public DateOnly End => Precision switch
    {
        DatePrecision.Year => new DateOnly(Start.Year, 12, 31),
        DatePrecision.Month => Start.AddMonths(1).AddDays(-1),
        DatePrecision.Week => Start.AddDays(6),
        _ => Start,
    };

    /// <summary>ISO 8601 text at the date's precision.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Start.Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Week => string.Create(CultureInfo.InvariantCulture,
            $"{ISOWeek.GetYear(Start.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(Start.ToDateTime(TimeOnly.MinValue)):D2}"),
        _ => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
