using System.Collections.Frozen;
using System.Collections.Immutable;
using Parley.Petrarch;

namespace Parley.Events;

/// <summary>
/// What PETRARCH dictionaries add to the coder besides patterns and actors: the reverse codes of paired patterns
/// (<c>[042:043]</c>: the second event goes from the target back to the source) and the discard phrases applied
/// before coding (a discarded sentence or story yields no events).
/// </summary>
/// <param name="ReverseCodes">Pattern id → CAMEO code of the reverse event.</param>
/// <param name="Discards">The discard phrases.</param>
/// <param name="PatternFiles">The PETRARCH verbs files (full paths): their patterns take targets as PETRARCH does.</param>
/// <param name="PatternIds">The ids of the PETRARCH patterns (an event's <see cref="CodedEvent.Rule"/>).</param>
public sealed record PetrarchCoding(ImmutableDictionary<string, string> ReverseCodes, PetrarchDiscards Discards, ImmutableHashSet<string> PatternFiles, FrozenSet<string> PatternIds)
{
    /// <summary>
    /// True when <paramref name="pattern"/> comes from a PETRARCH verbs file: without a target slot or argument its
    /// target is the first actor after the predicate within the predicate's clause.
    /// </summary>
    public bool Owns(Patterns.Pattern pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return PatternFiles.Contains(pattern.File);
    }

    /// <summary>
    /// The PETRARCH-1 verbs files (<see cref="PetrarchVerbs.LinearNotation"/>, full paths): their events go to each
    /// member of a compound actor code (<c>FRO/BIL/SAM</c>: three events), as PETRARCH-1 codes them; PETRARCH-2 keeps
    /// the code whole.
    /// </summary>
    public ImmutableHashSet<string> MemberCodeFiles { get; init; } = [];

    /// <summary>True when <paramref name="pattern"/>'s events go to each member of a compound actor code.</summary>
    public bool SplitsCompoundCodes(Patterns.Pattern pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return MemberCodeFiles.Contains(pattern.File);
    }

    /// <summary>No reverse codes, no discards.</summary>
    public static PetrarchCoding None { get; } = new(ImmutableDictionary<string, string>.Empty, PetrarchDiscards.Empty, [], FrozenSet<string>.Empty);
}
