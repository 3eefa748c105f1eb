namespace Parley.Actors;

/// <summary>A dated role of a person: a CAMEO code held from <see cref="Start"/> to <see cref="End"/>, both inclusive.</summary>
/// <param name="Code">The actor code while in the role (USAGOV).</param>
/// <param name="Start">First day (inclusive).</param>
/// <param name="End">Last day (inclusive); <see cref="DateOnly.MaxValue"/> when still held.</param>
/// <param name="Title">The office, for output and explanation.</param>
/// <param name="Source">The defining file and line.</param>
public sealed record PersonRole(string Code, DateOnly Start, DateOnly End, string Title, string Source)
{
    /// <summary>True when <paramref name="date"/> falls within the role, boundaries included.</summary>
    public bool Covers(DateOnly date) => Start <= date && date <= End;
}

/// <summary>A person of the people files: names and dated roles.</summary>
public sealed class PersonEntry
{
    internal PersonEntry(string name, IReadOnlyList<string> aliases, IReadOnlyList<PersonRole> roles, string source)
    {
        Name = name;
        Aliases = aliases;
        Roles = roles;
        Source = source;
    }

    /// <summary>The canonical name (first name on the header line).</summary>
    public string Name { get; }

    /// <summary>All full names, the canonical one first.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The roles in file order.</summary>
    public IReadOnlyList<PersonRole> Roles { get; }

    /// <summary>The header's file and line.</summary>
    public string Source { get; }

    /// <summary>The country code of the person's first role, if it starts with a country (used for naming order).</summary>
    internal string? FirstCountry { get; set; }

    /// <summary>
    /// The role held on <paramref name="date"/>: among the roles covering the date, government roles (GOV) first,
    /// then other offices (MIL, LEG, JUD, IGO heads …), then PTY/OPP/BUS, then ELI; within a rank the most
    /// recently started, then file order. Null when none.
    /// </summary>
    public PersonRole? RoleAt(DateOnly date)
    {
        PersonRole? best = null;
        foreach (var role in Roles)
        {
            if (!role.Covers(date))
                continue;
            if (best is null || Better(role, best))
                best = role;
        }
        return best;
    }

    /// <summary>The latest role (by start, open roles first): used when a document has no date.</summary>
    public PersonRole? LatestRole()
    {
        PersonRole? best = null;
        foreach (var role in Roles)
        {
            if (best is null || role.End > best.End || (role.End == best.End && Better(role, best)))
                best = role;
        }
        return best;
    }

    private static bool Better(PersonRole a, PersonRole b)
    {
        var (ra, rb) = (Rank(a.Code), Rank(b.Code));
        return ra != rb ? ra < rb : a.Start > b.Start;
    }

    private static int Rank(string code)
    {
        var rank = 1;
        for (var i = 3; i + 3 <= code.Length; i += 3)
        {
            var unit = code.AsSpan(i, 3);
            if (unit.SequenceEqual("GOV"))
                return 0;
            if (unit.SequenceEqual("ELI"))
                rank = 3;
            else if (unit.SequenceEqual("PTY") || unit.SequenceEqual("OPP") || unit.SequenceEqual("BUS"))
                rank = Math.Max(rank, 2);
        }
        return rank;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
