namespace Parley.Patterns;

/// <summary>Evaluates one pattern constraint against a frame: a specificity score, or the reason it fails.</summary>
internal static class ConstraintMatcher
{
    public static (int Score, string? Reason) Evaluate(Constraint c, Frame frame, SynsetTable synsets) => c.Slot switch
    {
        Slot.Object => Argument(c, frame.Object, "direct object", synsets),
        Slot.XcompObject => Argument(c, frame.Xcomp?.Object, "object of the controlled verb", synsets),
        Slot.Xcomp => frame.Xcomp is null
            ? (0, $"no controlled verb (needs {c})")
            : Argument(c, new FrameArgument(frame.Xcomp.Predicate), "controlled verb", synsets),
        Slot.Modifier => Modifier(c, frame, synsets),
        _ => Preposition(c, frame, synsets),
    };

    private static (int, string?) Preposition(Constraint c, Frame frame, SynsetTable synsets)
    {
        var args = frame.Prepositions.Where(p => string.Equals(p.Preposition, c.Preposition, StringComparison.OrdinalIgnoreCase)).ToList();
        if (args.Count == 0)
            return (0, $"no '{c.Preposition}' argument (needs {c})");
        var best = args.Select(a => Argument(c, a.Argument, $"'{c.Preposition}' argument", synsets)).OrderBy(r => r.Item2 is null ? 0 : 1).ThenByDescending(r => r.Item1).First();
        return best;
    }

    private static (int, string?) Modifier(Constraint c, Frame frame, SynsetTable synsets)
    {
        var score = frame.Modifiers.Select(m => HeadScore(c, new FrameArgument(m), synsets)).DefaultIfEmpty(0).Max();
        return score > 0 ? (score, null) : (0, $"no modifier of the predicate matches {c}");
    }

    private static (int, string?) Argument(Constraint c, FrameArgument? arg, string role, SynsetTable synsets)
    {
        if (arg is null)
            return (0, $"no {role} (needs {c})");
        var head = HeadScore(c, arg, synsets);
        if (head == 0)
            return (0, $"{role} '{arg.Lemma}' does not match {c}");
        if (c.Modifiers.IsEmpty)
            return (head, null);
        var mod = arg.Modifiers.Select(m => Best(c.Modifiers, new FrameArgument(m), synsets)).DefaultIfEmpty(0).Max();
        return mod > 0 ? (head + mod, null) : (0, $"{role} '{arg.Lemma}' lacks a modifier matching {c}");
    }

    private static int HeadScore(Constraint c, FrameArgument arg, SynsetTable synsets) => Best(c.Heads, arg, synsets);

    private static int Best(IEnumerable<string> alternatives, FrameArgument arg, SynsetTable synsets)
    {
        var best = 0;
        foreach (var alt in alternatives)
        {
            var score = alt switch
            {
                "*" => 1,
                ['&', ..] => synsets.IsMember(alt, arg.Lemma) || arg.Classes.Contains(alt, StringComparer.Ordinal) ? 2 : 0,
                _ => string.Equals(alt, arg.Lemma, StringComparison.OrdinalIgnoreCase) ? 3 : 0,
            };
            best = Math.Max(best, score);
        }
        return best;
    }
}
