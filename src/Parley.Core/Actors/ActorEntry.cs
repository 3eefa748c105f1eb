namespace Parley.Actors;

/// <summary>What a dictionary phrase denotes.</summary>
public enum ActorEntryKind
{
    /// <summary>A country or territory by name ("North Korea", "U.S.").</summary>
    Country,
    /// <summary>A capital used for its country ("Pyongyang said").</summary>
    Capital,
    /// <summary>A seat or body that denotes part of a state ("the Kremlin" → RUSGOV, "Pentagon" → USAMIL).</summary>
    Seat,
    /// <summary>A plural noun for a country's people ("North Koreans").</summary>
    Demonym,
    /// <summary>A country adjective ("Russian"); it takes part in a mention only with an agent.</summary>
    Adjective,
    /// <summary>An international, non-governmental, commercial, media or armed organization.</summary>
    Organization,
    /// <summary>A person whose code depends on the date.</summary>
    Person,
    /// <summary>A role noun or phrase giving a sector ("troops" → MIL).</summary>
    Agent,
}

/// <summary>
/// One dictionary entry: the kind of thing, its code (a full CAMEO code, or a sector for agents, or null for a
/// person, whose code depends on the date), its canonical name and where it was defined (<c>file:line</c>).
/// </summary>
/// <param name="Kind">What the phrase denotes.</param>
/// <param name="Code">The actor code; the sector code(s) for agents; null for people.</param>
/// <param name="Name">The canonical name (country, organization, person) or the agent's singular form.</param>
/// <param name="Source">The defining file and line.</param>
public sealed record ActorEntry(ActorEntryKind Kind, string? Code, string Name, string Source)
{
    /// <summary>The person, for <see cref="ActorEntryKind.Person"/> entries.</summary>
    public PersonEntry? Person { get; init; }

    /// <summary>For agents: true when the agent may stand as a title before a name ("President Putin").</summary>
    public bool IsTitle { get; init; }

    /// <summary>
    /// For agents: true when the word, ending an organisation's name the dictionary does not know ("the American
    /// Civil Liberties Union", "the European Investment Bank"), says nothing of that organisation's sector.
    /// </summary>
    public bool IsGeneric { get; init; }

    /// <summary>
    /// For agents: true when the phrase names the actors of many unnamed countries at once ("world leaders", "foreign
    /// governments"): it is no actor, and the shorter agent inside it ("leaders") is not read on its own.
    /// </summary>
    public bool IsNone { get; init; }

    /// <summary>
    /// For agents: true when the agent's code goes before the code of the actor that follows it (PETRARCH's
    /// <c>[NGO~]</c>: "MSF Arnor" → NGOARN).
    /// </summary>
    public bool IsPrefix { get; init; }

    /// <summary>
    /// True for a PETRARCH agent: in a run of agents each adds its code, as PETRARCH-2 mixes them ("Islamist media" →
    /// MUSMED); a run of Parley's own agents takes its head's ("government troops" → MIL).
    /// </summary>
    public bool ChainsCodes { get; init; }

    /// <summary>For organizations: dated codes that replace <see cref="Code"/> while they hold (the Taliban as AFGGOV from 2021-08-15).</summary>
    public IReadOnlyList<PersonRole> Periods { get; init; } = [];

    /// <summary>The code on <paramref name="date"/>: a dated period covering it (the latest started), else <see cref="Code"/>.</summary>
    public string? CodeAt(DateOnly? date)
    {
        if (date is not { } d || Periods.Count == 0)
            return Code;
        PersonRole? best = null;
        foreach (var p in Periods)
        {
            if (p.Covers(d) && (best is null || p.Start > best.Start))
                best = p;
        }
        return best?.Code ?? Code;
    }
}
