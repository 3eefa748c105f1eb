using System.Collections.Immutable;
using Parley.Patterns;

namespace Parley.Petrarch;

/// <summary>Counts from translating a PETRARCH verbs dictionary.</summary>
/// <param name="Blocks">Verb blocks read.</param>
/// <param name="Verbs">Verbs (with a usable key) in the blocks.</param>
/// <param name="PatternLines">Pattern lines read (with a well-formed code).</param>
/// <param name="PatternLinesTranslated">Pattern lines that became Parley patterns.</param>
/// <param name="Synsets">Synsets defined.</param>
public sealed record PetrarchVerbStats(int Blocks, int Verbs, int PatternLines, int PatternLinesTranslated, int Synsets);

/// <summary>
/// A PETRARCH verbs dictionary in Parley's terms: a <see cref="PatternDictionary"/> (one pattern per verb key,
/// pattern line and variant, plus one constraint-free pattern per verb carrying the verb's or block's own code) and
/// the reverse codes of paired patterns. A pattern whose <see cref="Pattern.Cameo"/> is <c>---</c> matches but codes
/// no source→target event (PETRARCH's null code; it still beats the verb's own code).
/// </summary>
/// <param name="Patterns">The patterns and synsets, matched by Parley's own matcher.</param>
/// <param name="ReverseCodes">Pattern id → the CAMEO code of the event from the target back to the source (<c>[042:043]</c>).</param>
/// <param name="Stats">What was read and translated.</param>
public sealed record PetrarchVerbs(PatternDictionary Patterns, ImmutableDictionary<string, string> ReverseCodes, PetrarchVerbStats Stats)
{
    /// <summary>
    /// True when the file is written in PETRARCH-1 (TABARI) linear notation, with no PETRARCH-2 phrase <c>{…}</c> or
    /// <c>(…)</c>: its words before the verb are words before it in the sentence, and, as PETRARCH-1 codes them, its
    /// events go to each member of a compound actor code (<c>FRO/BIL/SAM</c>), which PETRARCH-2 keeps whole.
    /// </summary>
    public bool LinearNotation { get; init; }

    /// <summary>The null event code.</summary>
    public const string NullCode = CodeParser.Null;

    /// <summary>The reverse (target→source) code of a matched pattern, or null.</summary>
    public string? ReverseCode(Pattern pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return ReverseCodes.GetValueOrDefault(pattern.Id);
    }
}
