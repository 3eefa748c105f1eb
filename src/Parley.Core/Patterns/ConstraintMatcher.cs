namespace Parley.Patterns;

/// <summary>The outcome of one constraint: a specificity score and the argument that satisfied it, or the reason it failed.</summary>
internal readonly record struct ConstraintOutcome(int Score, FrameArgument? Argument, string? Reason)
{
    public static ConstraintOutcome Fail(string reason) => new(0, null, reason);
}

/// <summary>Evaluates one pattern constraint against a frame.</summary>
internal static class ConstraintMatcher
{
    public static ConstraintOutcome Evaluate(Constraint c, Frame frame, SynsetTable synsets) => c.Slot switch
    {
        Slot.Object => Argument(c, frame.Object, "direct object", synsets),
        Slot.XcompObject => Argument(c, frame.Xcomp?.Object, "object of the controlled verb", synsets),
        Slot.Xcomp => frame.Xcomp is null
            ? ConstraintOutcome.Fail($"no controlled verb (needs {c})")
            : Argument(c, new FrameArgument(frame.Xcomp.Predicate), "controlled verb", synsets),
        Slot.Modifier => Modifier(c, frame, synsets),
        _ => Preposition(c, frame, synsets),
    };

    private static ConstraintOutcome Preposition(Constraint c, Frame frame, SynsetTable synsets)
    {
        var args = frame.Prepositions.Where(p => string.Equals(p.Preposition, c.Preposition, StringComparison.OrdinalIgnoreCase)).ToList();
        if (args.Count == 0)
            return ConstraintOutcome.Fail($"no '{c.Preposition}' argument (needs {c})");
        return args.Select(a => Argument(c, a.Argument, $"'{c.Preposition}' argument", synsets))
            .OrderBy(r => r.Reason is null ? 0 : 1).ThenByDescending(r => r.Score).First();
    }

    private static ConstraintOutcome Modifier(Constraint c, Frame frame, SynsetTable synsets)
    {
        var score = frame.Modifiers.Select(m => Best(c.Heads, m, [], synsets)).DefaultIfEmpty(0).Max();
        return score > 0 ? new(score, null, null) : ConstraintOutcome.Fail($"no modifier of the predicate matches {c}");
    }

    private static ConstraintOutcome Argument(Constraint c, FrameArgument? arg, string role, SynsetTable synsets)
    {
        if (arg is null)
            return ConstraintOutcome.Fail($"no {role} (needs {c})");
        var head = Best(c.Heads, arg.Lemma, arg.Classes, synsets);
        if (head == 0)
            return ConstraintOutcome.Fail($"{role} '{arg.Lemma}' does not match {c}");
        if (c.Modifiers.IsEmpty)
            return new(head, arg, null);
        var mod = arg.Modifiers.Select(m => Best(c.Modifiers, m, [], synsets)).DefaultIfEmpty(0).Max();
        return mod > 0 ? new(head + mod, arg, null) : ConstraintOutcome.Fail($"{role} '{arg.Lemma}' lacks a modifier matching {c}");
    }

    /// <summary>Word 3, synset 2, "*" 1, no match 0.</summary>
    private static int Best(IEnumerable<string> alternatives, string lemma, IEnumerable<string> classes, SynsetTable synsets)
    {
        var best = 0;
        foreach (var alt in alternatives)
        {
            var score = alt switch
            {
                "*" => 1,
                ['&', ..] => synsets.IsMember(alt, lemma) || classes.Contains(alt, StringComparer.Ordinal) ? 2 : 0,
                _ => string.Equals(alt, lemma, StringComparison.OrdinalIgnoreCase) ? 3 : 0,
            };
            best = Math.Max(best, score);
        }
        return best;
    }
}
