using System.Collections.Immutable;

namespace Parley.Patterns;

/// <summary>
/// Chooses among a predicate's patterns: every constraint must hold and negation must agree; the highest
/// specificity wins (word 3, synset 2, "*" 1 per constraint, plus the same for a required modifier); ties go
/// to the pattern loaded later, so user files override.
/// </summary>
internal static class PatternMatcher
{
    public static MatchResult Match(Frame frame, ImmutableArray<Pattern> candidates, SynsetTable synsets)
    {
        var matched = new List<PatternMatch>();
        var rejected = new List<RejectedCandidate>();
        foreach (var pattern in candidates)
        {
            var (score, target, reason) = Score(pattern, frame, synsets);
            if (reason is null)
                matched.Add(new PatternMatch(pattern, score, target));
            else
                rejected.Add(new RejectedCandidate(pattern, reason));
        }
        var best = matched.OrderByDescending(m => m.Specificity).ThenByDescending(m => m.Pattern.Order).FirstOrDefault();
        if (best is null)
            return new MatchResult(null, [.. rejected]);
        foreach (var loser in matched.Where(m => !ReferenceEquals(m, best)))
        {
            var why = loser.Specificity < best.Specificity
                ? $"less specific than {best.Pattern.Id} ({loser.Specificity} < {best.Specificity})"
                : $"as specific as {best.Pattern.Id} ({loser.Specificity}), which is loaded later and overrides it";
            rejected.Add(new RejectedCandidate(loser.Pattern, why));
        }
        return new MatchResult(best, [.. rejected.OrderBy(r => r.Pattern.Order)]);
    }

    private static ConstraintOutcome Score(Pattern pattern, Frame frame, SynsetTable synsets)
    {
        if (frame.Negated != pattern.Negated)
            return ConstraintOutcome.Fail(frame.Negated ? "the predicate is negated; the pattern codes the act itself" : "the pattern needs a negated predicate");
        var total = 0;
        FrameArgument? target = null;
        foreach (var constraint in pattern.Constraints)
        {
            var outcome = ConstraintMatcher.Evaluate(constraint, frame, synsets);
            if (outcome.Reason is not null)
                return outcome;
            total += outcome.Score;
            if (constraint.IsTarget)
                target = outcome.Argument;
        }
        return new(total, DefaultTarget(pattern, frame) ?? target, null);
    }

    /// <summary>
    /// With no '@' slot, a verb's target is its direct object, unless the pattern names what the object must be
    /// (a thing such as "sanctions", not a party); a noun has no default target.
    /// </summary>
    private static FrameArgument? DefaultTarget(Pattern pattern, Frame frame)
    {
        if (frame.IsNoun || pattern.Constraints.Any(c => c.IsTarget))
            return null;
        var objectNamed = pattern.Constraints.Any(c => c.Slot == Slot.Object && !c.Heads.Contains("*"));
        return objectNamed ? null : frame.Object;
    }
}
