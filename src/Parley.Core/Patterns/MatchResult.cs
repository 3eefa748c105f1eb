using System.Collections.Immutable;

namespace Parley.Patterns;

/// <summary>
/// A pattern that matched a frame, with its specificity (higher is more specific) and the frame argument that
/// is the event's target: the argument in the pattern's '@' slot, else (for verbs) the direct object.
/// </summary>
public sealed record PatternMatch(Pattern Pattern, int Specificity, FrameArgument? Target);

/// <summary>A candidate pattern for the frame's predicate that was not chosen, and why (for <c>parley explain</c>).</summary>
public sealed record RejectedCandidate(Pattern Pattern, string Reason);

/// <summary>
/// The outcome of matching a frame: the chosen pattern (null when none applies) and every other pattern of the
/// predicate with the reason it was rejected, in load order.
/// </summary>
public sealed record MatchResult(PatternMatch? Best, ImmutableArray<RejectedCandidate> Rejected)
{
    /// <summary>The CAMEO code of the chosen pattern, or null.</summary>
    public string? Cameo => Best?.Pattern.Cameo;
}
