using System.Collections.Immutable;

namespace Parley.Petrarch;

/// <summary>
/// One record of a PETRARCH actor dictionary: the primary phrase and its synonyms (lower case, words separated by
/// single spaces) and its codes with their date restrictions, in file order.
/// </summary>
/// <param name="Phrases">The primary phrase first, then the <c>+</c> synonyms.</param>
/// <param name="Restrictions">The codes in file order (the primary line's codes first).</param>
/// <param name="File">The dictionary file.</param>
/// <param name="Line">The primary line.</param>
public sealed record PetrarchActor(ImmutableArray<string> Phrases, ImmutableArray<DateRestriction> Restrictions, string File, int Line)
{
    /// <summary>
    /// The restriction that applies on <paramref name="date"/>: among those covering it, the most specific (shortest
    /// closed range, then open ranges, then the default), ties to the one written first. Unlike PETRARCH-2, a default
    /// code never hides a matching date restriction. Null when none applies.
    /// </summary>
    public DateRestriction? RestrictionAt(DateOnly date)
    {
        DateRestriction? best = null;
        foreach (var r in Restrictions)
        {
            if (r.Covers(date) && (best is null || r.Specificity.CompareTo(best.Specificity) < 0))
                best = r;
        }
        return best;
    }

    /// <summary>The actor code on <paramref name="date"/>, or null when no code applies or the code is the null code <c>---</c>.</summary>
    public string? CodeAt(DateOnly date) =>
        RestrictionAt(date) is { Code: not DateRestriction.NullCode } r ? r.Code : null;

    /// <summary>True when some restriction carries dates (the entry becomes a person with dated roles).</summary>
    public bool IsDated => Restrictions.Any(r => r.Kind != RestrictionKind.Default);

    /// <summary>
    /// The codes as consecutive, non-overlapping periods (inclusive), equivalent to <see cref="CodeAt"/> on every
    /// day; periods without a code or with the null code are left out.
    /// </summary>
    public ImmutableArray<(string Code, DateOnly Start, DateOnly End, int Line)> Timeline()
    {
        var bounds = Restrictions.Select(r => r.Start)
            .Concat(Restrictions.Where(r => r.End < DateOnly.MaxValue).Select(r => r.End.AddDays(1)))
            .Append(DateOnly.MinValue).Distinct().Order().ToList();
        var periods = ImmutableArray.CreateBuilder<(string, DateOnly, DateOnly, int)>();
        for (var i = 0; i < bounds.Count; i++)
        {
            var end = i + 1 < bounds.Count ? bounds[i + 1].AddDays(-1) : DateOnly.MaxValue;
            if (RestrictionAt(bounds[i]) is not { Code: not DateRestriction.NullCode } r)
                continue;
            if (periods.Count > 0 && periods[^1].Item1 == r.Code && periods[^1].Item3.AddDays(1) == bounds[i])
                periods[^1] = (r.Code, periods[^1].Item2, end, periods[^1].Item4);
            else
                periods.Add((r.Code, bounds[i], end, r.Line));
        }
        return periods.ToImmutable();
    }
}
