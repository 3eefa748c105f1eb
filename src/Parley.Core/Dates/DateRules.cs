namespace Parley.Dates;

/// <summary>The rules of <see cref="DateResolver"/>, tried in order at a token; the first that matches wins.</summary>
internal static class DateRules
{
    public static DateMatch? Match(DateWords w, int i, DateContext c) =>
        MonthFirst(w, i, c) ?? DayFirst(w, i, c) ?? Weekday(w, i, c) ?? DayWord(w, i, c)
        ?? Ago(w, i, c) ?? RelativePeriod(w, i, c) ?? Year(w, i);

    // "June 12", "June 12, 2018", "June 2018", "in June"
    private static DateMatch? MonthFirst(DateWords w, int i, DateContext c)
    {
        var month = w.Value(i, "month");
        if (month == int.MinValue)
            return null;
        var day = w.Number(i + 1);
        if (day is >= 1 and <= 31)
        {
            var yearAt = w.IsComma(i + 2) ? i + 3 : i + 2;
            var year = w.Number(yearAt);
            return IsYear(year)
                ? Exact(year, month, day, yearAt + 1, "month-day-year")
                : Infer(month, day, i + 2, c, "month-day");
        }
        if (IsYear(w.Number(i + 1)))
            return new DateMatch(i + 2, new PartialDate(new DateOnly(w.Number(i + 1), month, 1), DatePrecision.Month), "month-year");
        // A bare month name needs a preposition or modifier before it ("in June"): "May" is also a verb.
        if (!w.IsKind(i - 1, "lead") && !w.IsKind(i - 1, "hedge"))
            return null;
        var y = c.Direction == TimeDirection.Past
            ? (month <= c.Publication.Month ? c.Publication.Year : c.Publication.Year - 1)
            : (month >= c.Publication.Month ? c.Publication.Year : c.Publication.Year + 1);
        return new DateMatch(i + 1, new PartialDate(new DateOnly(y, month, 1), DatePrecision.Month), "month");
    }

    // "12 June", "12 June 2018"
    private static DateMatch? DayFirst(DateWords w, int i, DateContext c)
    {
        var day = w.Number(i);
        var month = w.Value(i + 1, "month");
        if (day is < 1 or > 31 || month == int.MinValue)
            return null;
        var year = w.Number(i + 2);
        return IsYear(year) ? Exact(year, month, day, i + 3, "day-month-year") : Infer(month, day, i + 2, c, "day-month");
    }

    // "Wednesday", "on Wednesday", "last Friday", "next Monday"
    private static DateMatch? Weekday(DateWords w, int i, DateContext c)
    {
        var shifted = w.Is(i, out var k, out _) && k == "shift" && w.IsKind(i + 1, "weekday");
        var at = shifted ? i + 1 : i;
        var weekday = w.Value(at, "weekday");
        if (weekday == int.MinValue)
            return null;
        var pub = c.Publication;
        var today = (int)pub.DayOfWeek == 0 ? 7 : (int)pub.DayOfWeek;
        var shift = shifted ? w.Value(i, "shift") : 0;
        var back = (today - weekday + 7) % 7;
        var date = shift switch
        {
            < 0 => pub.AddDays(-(back == 0 ? 7 : back)),
            > 0 => pub.AddDays((weekday - today + 7) % 7 == 0 ? 7 : (weekday - today + 7) % 7),
            _ when c.Direction == TimeDirection.Future => pub.AddDays((weekday - today + 7) % 7),
            _ => pub.AddDays(-back),
        };
        return new DateMatch(at + 1, PartialDate.Day(date), shifted ? "shifted-weekday" : "weekday");
    }

    // "yesterday", "today", "tomorrow", "last night"
    private static DateMatch? DayWord(DateWords w, int i, DateContext c)
    {
        if (w.IsPair(i, "dayword", out var pairOffset))
            return new DateMatch(i + 2, PartialDate.Day(c.Publication.AddDays(pairOffset)), "dayword");
        var offset = w.Value(i, "dayword");
        return offset == int.MinValue ? null : new DateMatch(i + 1, PartialDate.Day(c.Publication.AddDays(offset)), "dayword");
    }

    // "two days ago", "3 weeks ago", "a year ago"
    private static DateMatch? Ago(DateWords w, int i, DateContext c)
    {
        var n = w.Number(i);
        if (n == int.MinValue)
            n = w.Value(i, "number");
        var unit = w.Unit(i + 1);
        if (n is < 0 or > 1000 || unit.Length == 0 || !w.IsKind(i + 2, "ago"))
            return null;
        return new DateMatch(i + 3, Offset(c.Publication, unit, -n), "ago");
    }

    // "last week", "this month", "next year", "earlier this month" (the hedge word is kept by the resolver)
    private static DateMatch? RelativePeriod(DateWords w, int i, DateContext c)
    {
        var shift = w.Value(i, "shift");
        var unit = w.Unit(i + 1);
        if (shift == int.MinValue || unit is "" or "day")
            return null;
        return new DateMatch(i + 2, Offset(c.Publication, unit, shift), "relative-" + unit);
    }

    // "in 2016", "since 1999": a bare number is a year only after a preposition
    private static DateMatch? Year(DateWords w, int i)
    {
        var year = w.Number(i);
        if (!IsYear(year) || !w.IsKind(i - 1, "lead") || w.Text(i).Length != 4)
            return null;
        return new DateMatch(i + 1, new PartialDate(new DateOnly(year, 1, 1), DatePrecision.Year), "year");
    }

    private static PartialDate Offset(DateOnly pub, string unit, int n) => unit switch
    {
        "day" => PartialDate.Day(pub.AddDays(n)),
        "week" => new PartialDate(Monday(pub).AddDays(7 * n), DatePrecision.Week),
        "month" => new PartialDate(new DateOnly(pub.Year, pub.Month, 1).AddMonths(n), DatePrecision.Month),
        _ => new PartialDate(new DateOnly(pub.Year + n, 1, 1), DatePrecision.Year),
    };

    private static DateOnly Monday(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    private static bool IsYear(int n) => n is >= 1800 and <= 2200;

    private static DateMatch? Exact(int year, int month, int day, int end, string rule) =>
        day <= DateTime.DaysInMonth(year, month) ? new DateMatch(end, PartialDate.Day(new DateOnly(year, month, day)), rule) : null;

    // A month and day without a year: the publication year, unless that puts a reported event more than a week
    // after publication (then the year before) or an announced one more than a week before it (then the year after).
    private static DateMatch? Infer(int month, int day, int end, DateContext c, string rule)
    {
        var year = c.Publication.Year;
        if (day > DateTime.DaysInMonth(year, month) && !(month == 2 && day == 29))
            return null;
        var candidate = SafeDate(year, month, day);
        if (c.Direction == TimeDirection.Past && candidate > c.Publication.AddDays(7))
            candidate = SafeDate(year - 1, month, day);
        else if (c.Direction == TimeDirection.Future && candidate < c.Publication.AddDays(-7))
            candidate = SafeDate(year + 1, month, day);
        return new DateMatch(end, PartialDate.Day(candidate), rule);
    }

    private static DateOnly SafeDate(int year, int month, int day) =>
        new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
}
