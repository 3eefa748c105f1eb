namespace Parley.Patterns;

/// <summary>
/// Chooses among a predicate's patterns: every constraint must hold and negation must agree; the highest
/// specificity wins (word 3, synset 2, "*" 1 per constraint, plus the same for a required modifier); ties go
/// to the pattern loaded later, so user files override. <see cref="Best"/> is the allocation-light path for
/// coding; <see cref="Match"/> also says why each other candidate lost.
/// </summary>
internal static class PatternMatcher
{
    public static PatternMatch? Best(Frame frame, CompiledPattern[] candidates)
    {
        PatternMatch? best = null;
        foreach (var pattern in candidates)
        {
            var match = Score(pattern, frame);
            if (match is not null && (best is null || match.Specificity > best.Specificity || (match.Specificity == best.Specificity && match.Pattern.Order > best.Pattern.Order)))
                best = match;
        }
        return best;
    }

    public static MatchResult Match(Frame frame, CompiledPattern[] candidates)
    {
        var best = Best(frame, candidates);
        var rejected = new List<RejectedCandidate>();
        foreach (var pattern in candidates)
        {
            if (best is not null && ReferenceEquals(pattern.Pattern, best.Pattern))
                continue;
            var match = Score(pattern, frame);
            rejected.Add(new RejectedCandidate(pattern.Pattern, match is null ? Failure(pattern, frame) : Loss(match, best!)));
        }
        return new MatchResult(best, [.. rejected]);
    }

    private static string Loss(PatternMatch loser, PatternMatch best) => loser.Specificity < best.Specificity
        ? $"less specific than {best.Pattern.Id} ({loser.Specificity} < {best.Specificity})"
        : $"as specific as {best.Pattern.Id} ({loser.Specificity}), which is loaded later and overrides it";

    private static string Failure(CompiledPattern pattern, Frame frame)
    {
        if (frame.Negated != pattern.Pattern.Negated)
            return frame.Negated ? "the predicate is negated; the pattern codes the act itself" : "the pattern needs a negated predicate";
        var failed = pattern.Constraints.First(c => ConstraintMatcher.Evaluate(c, frame).Score == 0);
        return ConstraintMatcher.Reason(failed, frame);
    }

    private static PatternMatch? Score(CompiledPattern pattern, Frame frame)
    {
        if (frame.Negated != pattern.Pattern.Negated)
            return null;
        var total = 0;
        FrameArgument? target = null;
        foreach (var constraint in pattern.Constraints)
        {
            var outcome = ConstraintMatcher.Evaluate(constraint, frame);
            if (outcome.Score == 0)
                return null;
            total += outcome.Score;
            if (constraint.Source.IsTarget)
                target = outcome.Argument;
        }
        return new PatternMatch(pattern.Pattern, total, pattern.MarksTarget ? target : DefaultTarget(pattern, frame));
    }

    /// <summary>
    /// With no '@' slot, a verb's target is its direct object, unless the pattern names what the object must be
    /// (a thing such as "sanctions", not a party); a noun has no default target.
    /// </summary>
    private static FrameArgument? DefaultTarget(CompiledPattern pattern, Frame frame) =>
        frame.IsNoun || pattern.NamesObject ? null : frame.Object;
}
