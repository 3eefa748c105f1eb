using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Parley.Patterns;

/// <summary>A constraint's allowed values resolved for fast scoring: words 3, synset members 2, "*" 1, else 0.</summary>
internal sealed class Alternatives
{
    private readonly HashSet<string> _words;
    private readonly FrozenSet<string>[] _sets;
    private readonly string[] _setNames;
    private readonly bool _wildcard;

    public Alternatives(ImmutableArray<string> values, SynsetTable synsets)
    {
        _words = new HashSet<string>(values.Where(v => v is not ("*" or Constraint.Conjoined) && !v.StartsWith('&')), StringComparer.OrdinalIgnoreCase);
        _setNames = [.. values.Where(v => v.StartsWith('&'))];
        _sets = [.. _setNames.Select(n => synsets.Set(n))];
        _wildcard = values.Contains("*") || values.Contains(Constraint.Conjoined);
    }

    public int Score(string lemma, ImmutableArray<string> classes)
    {
        if (_words.Contains(lemma))
            return 3;
        foreach (var set in _sets)
            if (set.Contains(lemma))
                return 2;
        foreach (var cls in classes)
            if (Array.IndexOf(_setNames, cls) >= 0)
                return 2;
        return _wildcard ? 1 : 0;
    }

    public int BestOf(ImmutableArray<string> lemmas) => BestOf(lemmas.AsSpan());

    /// <summary>The best score of any of <paramref name="lemmas"/> (0 when none matches).</summary>
    public int BestOf(ReadOnlySpan<string> lemmas)
    {
        var best = 0;
        foreach (var lemma in lemmas)
            best = Math.Max(best, Score(lemma, []));
        return best;
    }
}

/// <summary>A constraint with its alternatives resolved.</summary>
internal sealed class CompiledConstraint(Constraint source, SynsetTable synsets)
{
    public Constraint Source { get; } = source;

    public Alternatives Heads { get; } = new(source.Heads, synsets);

    public Alternatives? Modifiers { get; } = source.Modifiers.IsEmpty ? null : new(source.Modifiers, synsets);

    /// <summary>True when the argument must be conjoined (<see cref="Constraint.RequiresConjoined"/>).</summary>
    public bool Conjoined { get; } = source.RequiresConjoined;

    /// <summary>For consecutive words after the predicate (<c>post:real+pleasant</c>): one alternative a word, else null.</summary>
    public Alternatives[]? Sequence { get; } = source is { Slot: Slot.After, Heads: [var only] } && only.Contains(' ', StringComparison.Ordinal)
        ? [.. only.Split(' ').Select(w => new Alternatives([w], synsets))]
        : null;
}

/// <summary>A pattern with its constraints resolved, and what its target rule needs.</summary>
internal sealed class CompiledPattern
{
    /// <summary>Compiles <paramref name="pattern"/>, sharing compiled constraints between the keys of one pattern line.</summary>
    public CompiledPattern(Pattern pattern, SynsetTable synsets, Dictionary<ImmutableArray<Constraint>, CompiledConstraint[]> cache)
    {
        Pattern = pattern;
        if (!cache.TryGetValue(pattern.Constraints, out var compiled))
            cache[pattern.Constraints] = compiled = [.. pattern.Constraints.Select(c => new CompiledConstraint(c, synsets))];
        Constraints = compiled;
        MarksTarget = pattern.Constraints.Any(c => c.IsTarget);
        foreach (var c in pattern.Constraints)
            Requires |= SlotMask.Of(c.Slot);
        NamesObject = pattern.Constraints.Any(c => c.Slot == Slot.Object && !c.Heads.Contains("*"));
    }

    public Pattern Pattern { get; }

    public CompiledConstraint[] Constraints { get; }

    /// <summary>The frame parts the pattern needs (<see cref="SlotMask"/> bits), for a quick pre-check.</summary>
    public int Requires { get; }

    /// <summary>True when a constraint carries '@'.</summary>
    public bool MarksTarget { get; }

    /// <summary>True when the object is constrained to named things (so it is not the default target).</summary>
    public bool NamesObject { get; }
}

/// <summary>Bit masks of the frame parts a pattern needs and a frame has, so most candidates fail without lookups.</summary>
internal static class SlotMask
{
    public static int Of(Slot slot) => 1 << (int)slot;

    public static int Of(Frame frame)
    {
        var mask = 0;
        if (frame.Object is not null)
            mask |= Of(Slot.Object);
        // An object's own prepositional phrases and modifiers can stand in for the predicate's (see ConstraintMatcher).
        if (!frame.Prepositions.IsEmpty || frame.Object is { Modifiers.IsEmpty: false } or { Prepositions.IsEmpty: false })
            mask |= Of(Slot.Preposition);
        if (frame.Xcomp is not null)
            mask |= Of(Slot.Xcomp) | Of(Slot.XcompPreposition) | (frame.Xcomp.Object is null ? 0 : Of(Slot.XcompObject));
        if (!frame.Modifiers.IsEmpty)
            mask |= Of(Slot.Modifier);
        if (frame.Subject is not null)
            mask |= Of(Slot.Subject);
        if (!frame.Before.IsEmpty)
            mask |= Of(Slot.Before);
        if (!frame.After.IsEmpty)
            mask |= Of(Slot.After);
        return mask;
    }
}
