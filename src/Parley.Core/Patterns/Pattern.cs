using System.Collections.Immutable;

namespace Parley.Patterns;

/// <summary>
/// A dictionary pattern: for predicate <see cref="Key"/> (verb or noun), when every constraint holds, code
/// <see cref="Cameo"/>. <see cref="Id"/> is stable (explicit, or file:line) and names the pattern in evidence.
/// </summary>
public sealed record Pattern(string Id, string Key, bool IsNoun, string Cameo, ImmutableArray<Constraint> Constraints, bool Negated, string File, int Line)
{
    /// <summary>
    /// The null code <c>---</c>: the reading is no event ("took office", "defeated in the election"); a matching null
    /// pattern that wins consumes the predicate and codes nothing.
    /// </summary>
    public const string NullCode = "---";

    /// <summary>Position in load order; later patterns win ties (user files override).</summary>
    public int Order { get; init; }

    /// <summary>The pattern as a readable line: <c>verb meet with:* → 040</c>.</summary>
    public override string ToString()
    {
        var parts = Constraints.Select(c => c.ToString()).Prepend((IsNoun ? "noun " : "verb ") + Key);
        if (Negated)
            parts = parts.Append("neg");
        return string.Join(' ', parts) + " -> " + Cameo;
    }
}
