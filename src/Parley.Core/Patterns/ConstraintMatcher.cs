using System.Collections.Immutable;

namespace Parley.Patterns;

/// <summary>The outcome of one constraint: a specificity score (0 = failed) and the argument that satisfied it.</summary>
internal readonly record struct ConstraintOutcome(int Score, FrameArgument? Argument);

/// <summary>Evaluates compiled constraints against a frame without allocating; <see cref="Reason"/> explains a failure.</summary>
internal static class ConstraintMatcher
{
    public static ConstraintOutcome Evaluate(CompiledConstraint c, Frame frame) => c.Source.Slot switch
    {
        Slot.Object => Argument(c, frame.Object),
        Slot.XcompObject => Argument(c, frame.Xcomp?.Object),
        Slot.Xcomp => frame.Xcomp is null ? default : new(c.Heads.Score(frame.Xcomp.Predicate, []), null),
        Slot.Modifier => new(c.Heads.BestOf(frame.Modifiers), null),
        Slot.XcompPreposition => frame.Xcomp is null ? default : Preposition(c, frame.Xcomp),
        Slot.Subject => Argument(c, frame.Subject),
        Slot.Before => new(c.Heads.BestOf((c.Source.Adjacent ? frame.Preceding : frame.Before).Span), null),
        Slot.After => new(c.Sequence is { } words ? Consecutive(words, frame.After.Span) : c.Heads.BestOf(frame.After.Span), null),
        _ => Preposition(c, frame),
    };

    // The predicate's own prepositional arguments; then the phrases the parser attached to its object ("eased
    // restrictions on journalists", "rejected the request for a meeting"), which PETRARCH patterns marked OrOnObject
    // weigh alongside, as a linear coder does; else an "of" modifier of the object.
    private static ConstraintOutcome Preposition(CompiledConstraint c, Frame frame)
    {
        if (c.Source.Except is { } skipped)
            return After(c, [.. frame.Object?.Prepositions ?? [], .. frame.Prepositions], skipped);
        var best = Best(c, frame.Prepositions);
        var onObject = frame.Object?.Prepositions ?? [];
        if (c.Source.OrOnObject)
            best = Better(best, Best(c, onObject));
        else if (best.Score == 0)
            best = OnObject(c, onObject);
        // Then the phrases the parser hung on the predicate's own prepositional arguments ("appealed to the
        // international community for aid").
        if (best.Score == 0)
            foreach (var p in frame.Prepositions)
                best = Better(best, Best(c, p.Argument.Prepositions));
        return best.Score > 0 ? best : OfOnObject(c, frame);
    }

    // An "of" phrase on the object satisfies the constraint but never becomes the target.
    private static ConstraintOutcome OnObject(CompiledConstraint c, ImmutableArray<PrepositionalArgument> onObject)
    {
        var outcome = Best(c, onObject);
        return SamePreposition(c.Source.Preposition!, "of") ? outcome with { Argument = null } : outcome;
    }

    // Consecutive words after the predicate ("really pleasant"): the best score of a run matching word by word.
    private static int Consecutive(Alternatives[] words, ReadOnlySpan<string> after)
    {
        var best = 0;
        for (var start = 0; start + 2 * words.Length <= after.Length; start += 2)
        {
            var total = 0;
            for (var j = 0; j < words.Length && total >= 0; j++)
            {
                var score = Math.Max(words[j].Score(after[start + 2 * j], []), words[j].Score(after[start + 2 * j + 1], []));
                total = score == 0 ? -1 : total + score;
            }
            best = Math.Max(best, total);
        }
        return best;
    }

    private static ConstraintOutcome Better(ConstraintOutcome a, ConstraintOutcome b) => b.Score > a.Score ? b : a;

    private static ConstraintOutcome Best(CompiledConstraint c, ImmutableArray<PrepositionalArgument> prepositions)
    {
        ConstraintOutcome best = default;
        foreach (var p in prepositions)
        {
            var outcome = Matches(p.Preposition, c.Source) ? Argument(c, p.Argument) : Compound(c, p);
            best = Better(best, outcome);
        }
        return best;
    }

    // "on behalf of Ukraine" parsed as "on" + "behalf" with an "of" phrase: the constraint's last word's phrase is
    // on the noun (its prepositions when recorded, else its "of" modifiers, which never become the target).
    private static ConstraintOutcome Compound(CompiledConstraint c, PrepositionalArgument p)
    {
        if (c.Source.Preposition!.IndexOf(' ', StringComparison.Ordinal) < 0)
            return default;
        var words = c.Source.Preposition.Split(' ');
        if (words.Length != 3 || !SamePreposition(p.Preposition, words[0]) || !string.Equals(p.Argument.Lemma, words[1], StringComparison.OrdinalIgnoreCase))
            return default;
        var best = Best(c, [.. p.Argument.Prepositions.Where(inner => SamePreposition(inner.Preposition, words[2])).Select(inner => inner with { Preposition = c.Source.Preposition })]);
        if (best.Score > 0 || c.Modifiers is not null || words[2] != "of")
            return best;
        var score = c.Heads.BestOf(p.Argument.Modifiers);
        return score > 0 ? new(score, null) : default;
    }

    // "(IN ^) +": the best phrase standing after the skipped "in" phrase, under another preposition: the object's
    // phrases, then the verb's, each in sentence order, as a linear coder reads "celebrated Iftar in X with Y".
    private static ConstraintOutcome After(CompiledConstraint c, ImmutableArray<PrepositionalArgument> prepositions, string skipped)
    {
        ConstraintOutcome best = default;
        var seen = false;
        foreach (var p in prepositions)
        {
            var isSkipped = SamePreposition(p.Preposition, skipped);
            if (seen && !isSkipped && Matches(p.Preposition, c.Source))
                best = Better(best, Argument(c, p.Argument));
            seen |= isSkipped;
        }
        return best;
    }

    // "*" matches any preposition but the excluded one.
    private static bool Matches(string preposition, Constraint c) => c.Preposition == Constraint.AnyPreposition
        ? c.Except is null || !SamePreposition(preposition, c.Except)
        : SamePreposition(preposition, c.Preposition!);

    /// <summary>Prepositions compare without case, '_' (as the frame builder joins fixed words) equal to ' '.</summary>
    private static bool SamePreposition(string a, string b)
    {
        if (a.Length != b.Length)
            return false;
        for (var i = 0; i < a.Length; i++)
        {
            char x = a[i] == '_' ? ' ' : char.ToLowerInvariant(a[i]), y = b[i] == '_' ? ' ' : char.ToLowerInvariant(b[i]);
            if (x != y)
                return false;
        }
        return true;
    }

    // "accused the diplomat of espionage", "warned Israel of a response": parsers often attach the "of" phrase to
    // the object, where the frame keeps it among the object's modifiers. A named (not '*') "of" head found there
    // satisfies the constraint; it never becomes the target.
    private static ConstraintOutcome OfOnObject(CompiledConstraint c, Frame frame)
    {
        if (frame.Object is not { } obj || c.Modifiers is not null || !SamePreposition(c.Source.Preposition!, "of"))
            return default;
        var score = c.Heads.BestOf(obj.Modifiers);
        return score >= 2 ? new(score, null) : default;
    }

    private static ConstraintOutcome Argument(CompiledConstraint c, FrameArgument? arg)
    {
        if (arg is null || (c.Conjoined && !arg.Conjoined))
            return default;
        var head = c.Heads.Score(arg.Lemma, arg.Classes);
        // A conjoined phrase asked for ('%') is more specific than any head ('*').
        head += head > 0 && c.Conjoined ? 1 : 0;
        if (head == 0 || c.Modifiers is null)
            return new(head, head == 0 ? null : arg);
        var mod = !c.Source.Adjacent ? c.Modifiers.BestOf(arg.Modifiers) : arg.Preceding is { } before ? c.Modifiers.Score(before, []) : 0;
        return mod == 0 ? default : new(head + mod, arg);
    }

    /// <summary>Why <paramref name="c"/> fails on <paramref name="frame"/> (call only after it failed).</summary>
    public static string Reason(CompiledConstraint c, Frame frame)
    {
        var text = c.Source.ToString().TrimStart('@');
        var (role, arg) = c.Source.Slot switch
        {
            Slot.Object => ("direct object", frame.Object),
            Slot.XcompObject => ("object of the controlled verb", frame.Xcomp?.Object),
            Slot.Xcomp => ("controlled verb", frame.Xcomp is null ? null : new FrameArgument(frame.Xcomp.Predicate)),
            Slot.Modifier => ("modifier of the predicate", frame.Modifiers.IsEmpty ? null : new FrameArgument(string.Join(", ", frame.Modifiers))),
            Slot.Subject => ("subject", frame.Subject),
            Slot.Before => ("word before the predicate", frame.Before.IsEmpty ? null : new FrameArgument(string.Join(", ", frame.Before.Span))),
            Slot.After => ("word after the predicate", frame.After.IsEmpty ? null : new FrameArgument(string.Join(", ", frame.After.Span))),
            Slot.XcompPreposition => ($"'{c.Source.Preposition}' argument of the controlled verb", frame.Xcomp?.Prepositions.FirstOrDefault(p => SamePreposition(p.Preposition, c.Source.Preposition!))?.Argument),
            _ => ($"'{c.Source.Preposition}' argument", frame.Prepositions.FirstOrDefault(p => SamePreposition(p.Preposition, c.Source.Preposition!))?.Argument),
        };
        if (arg is null)
            return $"no {role} (needs {text})";
        if (c.Source.RequiresConjoined && !arg.Conjoined)
            return $"{role} '{arg.Lemma}' is not conjoined (needs {text})";
        if (c.Modifiers is not null && c.Heads.Score(arg.Lemma, arg.Classes) > 0)
            return c.Source.Adjacent ? $"{role} '{arg.Lemma}' has no modifier matching {text} right before it" : $"{role} '{arg.Lemma}' lacks a modifier matching {text}";
        return $"{role} '{arg.Lemma}' does not match {text}";
    }
}
