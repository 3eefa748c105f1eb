using System.Collections.Immutable;
using Parley.Patterns;

namespace Parley.Petrarch;

/// <summary>
/// Turns slot requirements into Parley constraints. A head word matches its lemma (a plural written in the
/// dictionary also matches its singular); each required modifier becomes its own constraint on the same slot, so
/// all must hold; a synset with multi-word members ("armed forces") adds one variant per such member (head
/// "forces" with modifier "armed"), since Parley synsets hold single lemmas. Returns every variant.
/// </summary>
internal sealed class ConstraintExpander(IReadOnlyDictionary<string, ImmutableArray<ImmutableArray<string>>> multiWordMembers)
{
    public List<ImmutableArray<Constraint>> Expand(ImmutableArray<SlotSpec> slots)
    {
        List<ImmutableArray<Constraint>> variants = [ImmutableArray<Constraint>.Empty];
        foreach (var slot in slots)
        {
            var alternatives = Alternatives(slot);
            variants = [.. variants.SelectMany(v => alternatives.Select(a => v.AddRange(a)))];
        }
        return variants;
    }

    /// <summary>Number of variants <see cref="Expand"/> would produce.</summary>
    public long Count(ImmutableArray<SlotSpec> slots) =>
        slots.Aggregate(1L, (n, s) => s.Slot is Slot.Before or Slot.After ? n : n * (1 + (multiWordMembers.TryGetValue(s.Noun.Head, out var m) ? m.Length : 0) + (LeadingWordToo(s) ? 1 : 0)));

    private static bool LeadingWordToo(SlotSpec slot) => slot.Slot == Slot.Preposition && slot.Noun.Modifiers.IsEmpty && slot.Noun.Head is not ("*" or Constraint.Conjoined);

    private List<ImmutableArray<Constraint>> Alternatives(SlotSpec slot)
    {
        var noun = slot.Noun;
        // A word before the verb is matched as written (its lemma or its form): no plural forms, no phrase variants.
        if (slot.Slot is Slot.Before or Slot.After)
            return [[new Constraint(slot.Slot, null, [noun.Head], []) { Adjacent = noun.Adjacent is not null }]];
        // Each alternative: heads, modifiers, and which modifier must stand right before the head (-1: none). A noun
        // phrase's last modifier does ("{&TIETYPES MEMOS}" is not "cultural secret memos"), as PETRARCH reads it.
        var own = noun.Adjacent is { } adjacent ? noun.Modifiers.LastIndexOf(adjacent) : -1;
        var heads = new List<(ImmutableArray<string> Heads, IEnumerable<string> Mods, int Adjacent)>
        {
            (noun.Head.StartsWith('&') || noun.Head is "*" or Constraint.Conjoined ? [noun.Head] : Forms(noun.Head), [], own),
        };
        if (multiWordMembers.TryGetValue(noun.Head, out var phrases))
            heads.AddRange(phrases.Select(p => (Forms(p[^1]), p.Take(p.Length - 1), noun.Modifiers.Length + p.Length - 2)));
        // PETRARCH reads a prepositional phrase's words in order: "(ON &TIETYPES)" also matches "on economic issues".
        if (LeadingWordToo(slot))
            heads.Add((["*"], [noun.Head], -1));
        return [.. heads.Select(h => Constraints(slot, h.Heads, [.. noun.Modifiers.Concat(h.Mods)], h.Adjacent))];
    }

    private static ImmutableArray<Constraint> Constraints(SlotSpec slot, ImmutableArray<string> heads, ImmutableArray<string> mods, int adjacent)
    {
        if (mods.IsEmpty)
            return [new Constraint(slot.Slot, slot.Preposition, heads, []) { IsTarget = slot.Noun.IsTarget, OrOnObject = slot.OrOnObject, Except = slot.Except, SkipsAgent = slot.SkipsAgent }];
        return [.. mods.Select((m, i) => new Constraint(slot.Slot, slot.Preposition, heads, m.StartsWith('&') ? [m] : ModifierForms(m))
            { IsTarget = slot.Noun.IsTarget && i == 0, OrOnObject = slot.OrOnObject, Adjacent = i == adjacent, Except = slot.Except, SkipsAgent = slot.SkipsAgent })];
    }

    /// <summary>
    /// A modifier's forms: those of <see cref="Forms"/> and, for a participle, the verb lemmas it may have been
    /// lemmatized to ("improved" → "improve", "improv"; "planned" → "plan"; "growing" → "grow", "growe").
    /// </summary>
    internal static ImmutableArray<string> ModifierForms(string word) => [.. Forms(word).Concat(VerbLemmas(word)).Distinct()];

    private static IEnumerable<string> VerbLemmas(string w)
    {
        var stem = w.Length > 5 && w.EndsWith("ed", StringComparison.Ordinal) ? w[..^2] : w.Length > 6 && w.EndsWith("ing", StringComparison.Ordinal) ? w[..^3] : null;
        if (stem is null)
            yield break;
        yield return stem;
        yield return stem + "e";
        if (stem.Length > 3 && stem[^1] == stem[^2])
            yield return stem[..^1];
        if (stem.EndsWith('i'))
            yield return stem[..^1] + "y";
    }

    /// <summary>
    /// The word and, for a plural-looking word, its possible singulars ("attacks" → "attack"; "rallies" → "rally";
    /// "ties" → "ty", "tie"; "crashes" → "crashe", "crash"): a lemma matches one of them.
    /// </summary>
    internal static ImmutableArray<string> Forms(string word) => [.. Singulars(word).Prepend(word).Distinct()];

    private static IEnumerable<string> Singulars(string w)
    {
        if (w.Length <= 3 || !w.EndsWith('s') || w.EndsWith("ss", StringComparison.Ordinal) || w.EndsWith("us", StringComparison.Ordinal) || w.EndsWith("is", StringComparison.Ordinal))
            yield break;
        yield return w[..^1];
        if (w.EndsWith("ies", StringComparison.Ordinal))
            yield return w[..^3] + "y";
        else if (w.EndsWith("es", StringComparison.Ordinal))
            yield return w[..^2];
    }
}
