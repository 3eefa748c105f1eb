namespace Parley.Petrarch;

/// <summary>The kind of a PETRARCH actor code restriction.</summary>
public enum RestrictionKind
{
    /// <summary><c>d1-d2</c>: from d1 to d2, both inclusive.</summary>
    Between,
    /// <summary><c>&lt;d</c>: strictly before d.</summary>
    Before,
    /// <summary><c>&gt;d</c>: on or after d.</summary>
    From,
    /// <summary>No date: the entry's default code (on the primary line, or a bare <c>[CODE]</c> restriction line).</summary>
    Default,
}

/// <summary>
/// One code of a PETRARCH actor with the days it applies to, as an inclusive range (<see cref="Start"/>..<see cref="End"/>;
/// <see cref="DateOnly.MinValue"/>/<see cref="DateOnly.MaxValue"/> for open ends). The code <c>---</c> means "no actor".
/// </summary>
/// <param name="Code">The CAMEO actor code (upper case), or <c>---</c>.</param>
/// <param name="Kind">How the restriction was written.</param>
/// <param name="Start">First day it applies (inclusive).</param>
/// <param name="End">Last day it applies (inclusive).</param>
/// <param name="Line">The line it was written on.</param>
public sealed record DateRestriction(string Code, RestrictionKind Kind, DateOnly Start, DateOnly End, int Line)
{
    /// <summary>The null code: the phrase is known but denotes no actor.</summary>
    public const string NullCode = "---";

    /// <summary>True when the restriction applies on <paramref name="date"/> (both ends inclusive).</summary>
    public bool Covers(DateOnly date) => Start <= date && date <= End;

    /// <summary>
    /// Sort key, smaller is more specific: closed ranges by length, then open ranges (<c>&lt;</c>, <c>&gt;</c>) by length,
    /// then defaults.
    /// </summary>
    internal (int Rank, int Days) Specificity => (Kind switch
    {
        RestrictionKind.Between => 0,
        RestrictionKind.Default => 2,
        _ => 1,
    }, End.DayNumber - Start.DayNumber);

    /// <summary>Builds a restriction from its kind and the one or two dates written.</summary>
    public static DateRestriction Create(string code, RestrictionKind kind, DateOnly first, DateOnly second, int line) => kind switch
    {
        RestrictionKind.Before => new(code, kind, DateOnly.MinValue, first.AddDays(-1), line),
        RestrictionKind.From => new(code, kind, first, DateOnly.MaxValue, line),
        RestrictionKind.Between => new(code, kind, first, second, line),
        _ => new(code, kind, DateOnly.MinValue, DateOnly.MaxValue, line),
    };
}
