using System.Collections.Immutable;
using Parley.Diagnostics;
using Parley.Patterns;

namespace Parley.Petrarch;

/// <summary>The words of a pattern outside the frame's slots: before the verb, and (PETRARCH-1) anywhere after it.</summary>
internal static partial class VerbPatternTranslator
{
    /// <summary>
    /// What stands before the verb: <c>$</c> is the subject (Parley's source already) and <c>^</c> any words; <c>%</c> a
    /// conjoined subject (<c>subj:%</c>: the event is coded between its members); a target <c>+</c> is left out
    /// (PRL619). Words are read as the dialect reads them: PETRARCH-1 (TABARI, <paramref name="linear"/>) as words
    /// before the verb in its sentence (<c>pre:</c>; <c>_</c> joins words); PETRARCH-2 as the subject noun phrase
    /// ("[pre-verb nouns]": <c>- {DEATH TOLL} *</c> is <c>subj:toll/death</c>), its prepositional phrases as words
    /// before the verb.
    /// </summary>
    private static (List<SlotSpec> Slots, Untranslatable? Problem) PreVerb(ImmutableArray<PatternElement> pre, bool linear)
    {
        var words = pre.SelectMany(Words).SelectMany(w => w.Split('_', StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (words.Any(w => w.Contains('+', StringComparison.Ordinal)))
            return ([], new(Messages.PetrarchTargetBeforeVerb, []));
        var slots = new List<SlotSpec>();
        if (words.Contains("%"))
            slots.Add(new SlotSpec(Slot.Subject, null, new NounSpec(Constraint.Conjoined, [], false)));
        if (!linear)
        {
            var nouns = pre.Where(e => e is not PrepPhraseElement).SelectMany(Words).Where(w => !IsMarker(w)).ToList();
            if (nouns.Count > 0 && Noun(new NounPhraseElement([.. nouns])) is ({ } subject, _))
                slots.Add(new SlotSpec(Slot.Subject, null, subject));
            words = [.. pre.OfType<PrepPhraseElement>().SelectMany(Words).SelectMany(w => w.Split('_', StringSplitOptions.RemoveEmptyEntries))];
        }
        // TABARI's closed connector: "RECENTLY_ *" wants "recently" right before the verb ("recently allowed").
        var closed = linear && pre is [.., WordElement { Word: var last }] && last.EndsWith('_') && last.Split('_', StringSplitOptions.RemoveEmptyEntries) is [.., var w0] && !IsMarker(w0) ? Word(w0) : null;
        foreach (var w in words.Where(w => !IsMarker(w)).Select(Word).Distinct(StringComparer.Ordinal))
            slots.Add(new SlotSpec(Slot.Before, null, new NounSpec(w, [], false) { Adjacent = w == closed ? w : null }));
        return (slots, null);
    }

    private static IEnumerable<string> Words(PatternElement e) => e switch
    {
        WordElement w => [w.Word],
        NounPhraseElement np => np.Words,
        PrepPhraseElement pp => pp.Objects.SelectMany(Words).Prepend(pp.Preposition),
        _ => [],
    };

    // The plain words after the verb (no marker but a skipped phrase '^', no prepositional phrase), possessives dropped, words TABARI joins with
    // '_' (its closed connector) as one run of consecutive words ("real pleasant"); else null.
    private static List<string>? PostWords(ImmutableArray<PatternElement> post)
    {
        if (post.IsEmpty || post.Any(e => e is not WordElement))
            return null;
        var runs = post.Cast<WordElement>().Where(e => e.Word != "^").Select(e => e.Word.Split('_', StringSplitOptions.RemoveEmptyEntries)).Where(r => r.Length > 0).ToList();
        return runs.SelectMany(r => r).Any(w => IsMarker(w) || w.Contains('+', StringComparison.Ordinal) || w.Contains('$', StringComparison.Ordinal))
            ? null
            : [.. runs.Where(r => r is not [var one] || !Possessives.Contains(one.ToLowerInvariant())).Select(r => string.Join(' ', r.Select(Word))).Distinct(StringComparer.Ordinal)];
    }
}
