using Parley.Frames;
using Parley.Patterns;

namespace Parley.Events;

/// <summary>What the coder decided about one frame, and why (for <c>parley explain</c>).</summary>
/// <param name="Frame">The frame.</param>
/// <param name="Match">The pattern match result (the chosen pattern and every rejected candidate with its reason), when tracing.</param>
/// <param name="Outcome">"coded", or the reason no event was made ("no pattern", "no source actor", …).</param>
/// <param name="Events">The events made from the frame (several when compound actors were expanded).</param>
public sealed record CodingDecision(PredicateFrame Frame, MatchResult? Match, string Outcome, IReadOnlyList<CodedEvent> Events);

/// <summary>The coder's decisions for a document, in frame order.</summary>
public sealed record CodingTrace(IReadOnlyList<CodingDecision> Decisions);
