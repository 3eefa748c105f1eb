using System.Collections.Immutable;
using Parley.Diagnostics;
using Parley.Patterns;

namespace Parley.Petrarch;

/// <summary>
/// Translates the elements of one PETRARCH-2 pattern (<c>[pre-verb] * [post-verb]</c>) into Parley slot requirements:
/// the first post-verb noun or <c>{NP}</c> is the direct object, <c>(P X)</c> a prepositional argument, <c>+</c> marks the
/// target slot, a leading particle joins the verb key, and <c>(OF X)</c> right after the object is a modifier of it
/// (Parley's frame folds "state of emergency" into the object). Before the verb, <c>%</c> asks for a conjoined
/// subject (<c>subj:%</c>) and words ask for words before the verb (<c>pre:</c>). What the frame cannot express is
/// returned as <see cref="Untranslatable"/>.
/// </summary>
internal static partial class VerbPatternTranslator
{
    private static readonly string[] PostParticles = ["up", "down", "out", "off", "over", "away", "back", "forward", "aside", "along", "around", "through", "together", "apart"];

    /// <summary>Translates one pattern; <paramref name="linear"/>: the file is PETRARCH-1 (TABARI) linear notation.</summary>
    public static (TranslatedPattern? Pattern, Untranslatable? Problem) Translate(ImmutableArray<PatternElement> pre, ImmutableArray<PatternElement> post, bool linear = false)
    {
        var (before, preProblem) = PreVerb(pre, linear);
        if (preProblem is not null)
            return (null, preProblem);
        // PETRARCH-1 (TABARI) reads plain words after the verb as words after it in the sentence (post:), wherever the
        // parse puts them ("act on a resolution": "- * &PREPOSIT1 RESOLUTION"): an alternative to the frame's reading,
        // and the only one when the frame cannot hold the words (several nouns).
        var words = linear ? PostWords(post) : null;
        ImmutableArray<SlotSpec> after = words is null ? [] : [.. words.Select(w => new SlotSpec(Slot.After, null, new NounSpec(w, [], false))), .. before];
        var (framed, problem) = Framed(before, post);
        if (framed is null)
            return words is null || problem!.Template != Messages.PetrarchNounsUnsupported ? (null, problem) : (new TranslatedPattern(null, after), null);
        return (words is null || framed.Particle is not null ? framed : framed with { Linear = after }, null);
    }

    private static (TranslatedPattern? Pattern, Untranslatable? Problem) Framed(List<SlotSpec> before, ImmutableArray<PatternElement> post)
    {
        post = Linear(post);
        string? particle = null;
        SlotSpec? obj = null;
        var objectAt = -1;
        var slots = new List<SlotSpec>();
        for (var i = 0; i < post.Length; i++)
        {
            Untranslatable? problem = null;
            switch (post[i])
            {
                case WordElement { Word: var w } when i == 0 && PostParticles.Contains(w.ToLowerInvariant()):
                    particle = w.ToLowerInvariant();
                    break;
                case WordElement { Word: "+" } when i > 0 && post[i - 1] is PrepPhraseElement { Objects: [_, ..] } skip && skip.Objects.All(o => o is WordElement { Word: "^" }):
                    // "(IN ^) +": the skipped phrase is not the target; the target is a phrase after it, under another preposition.
                    slots.Add(new SlotSpec(Slot.Preposition, Constraint.AnyPreposition, new NounSpec("*", [], true)) { Except = skip.Preposition.ToLowerInvariant().Replace('_', ' '), SkipsAgent = skip.Objects.Length > 1 });
                    break;
                case WordElement or NounPhraseElement:
                    if (obj is not null)
                        return (null, new(Messages.PetrarchNounsUnsupported, ["several noun heads after '*'"]));
                    (var noun, problem) = Noun(post[i]);
                    (obj, objectAt) = noun is null ? (null, -1) : (new SlotSpec(Slot.Object, null, noun), i);
                    break;
                case PrepPhraseElement pp when IsOfModifier(pp, obj, objectAt, i):
                    obj = obj! with { Noun = obj.Noun with { Modifiers = obj.Noun.Modifiers.Add(Word(((WordElement)pp.Objects[0]).Word)) } };
                    break;
                case PrepPhraseElement pp:
                    (var spec, problem) = Prep(pp);
                    if (spec is not null)
                        slots.Add(spec with { OrOnObject = obj is not null || pp.AfterSkipped });
                    break;
            }
            if (problem is not null)
                return (null, problem);
        }
        if (obj is not null)
            slots.Insert(0, obj);
        return (new TranslatedPattern(particle, [.. slots, .. before]), null);
    }

    private static readonly string[] Possessives = ["their", "its", "his", "her", "our", "my", "your"];

    /// <summary>
    /// PETRARCH-1 linear notation in Parley's terms: a possessive determiner is dropped like an article, a skipped noun
    /// phrase <c>^</c> between elements is dropped (any words may stand there), and a bare preposition takes the next
    /// word or noun phrase as its object (<c>* THEIR ^ ABOUT +</c> is <c>* (ABOUT +)</c>). A leading particle stays.
    /// </summary>
    internal static ImmutableArray<PatternElement> Linear(ImmutableArray<PatternElement> post)
    {
        var result = ImmutableArray.CreateBuilder<PatternElement>();
        var skipped = false;
        for (var i = 0; i < post.Length; i++)
        {
            if (post[i] is WordElement { Word: var w } && (Possessives.Contains(w.ToLowerInvariant()) || (w == "^" && i < post.Length - 1)))
            {
                skipped |= w == "^";
                continue;
            }
            if (post[i] is WordElement { Word: var p } && !(result.Count == 0 && PostParticles.Contains(p.ToLowerInvariant())) && IsPreposition(p))
            {
                var next = i + 1 < post.Length && post[i + 1] is WordElement { Word: not "^" } or NounPhraseElement ? post[i + 1] : null;
                result.Add(new PrepPhraseElement(p, next is null ? [] : [next]) { AfterSkipped = skipped });
                i += next is null ? 0 : 1;
            }
            else
                result.Add(post[i] is PrepPhraseElement pp ? pp with { AfterSkipped = skipped } : post[i]);
            skipped = false;
        }
        return Phrases(result.ToImmutable());
    }

    /// <summary>
    /// PETRARCH-1 (TABARI) writes a noun phrase after the verb as consecutive words: <c>- * DIPLOMATIC TIES</c> is the
    /// noun phrase <c>{DIPLOMATIC TIES}</c> (the last word the head, the others its modifiers), not several heads. A
    /// leading particle (<c>* DOWN …</c>) stays on its own.
    /// </summary>
    private static ImmutableArray<PatternElement> Phrases(ImmutableArray<PatternElement> post)
    {
        var result = ImmutableArray.CreateBuilder<PatternElement>();
        for (var i = 0; i < post.Length; i++)
        {
            var run = i;
            while (run < post.Length && IsPlainWord(post[run]) && !(run == 0 && post[run] is WordElement { Word: var p } && PostParticles.Contains(p.ToLowerInvariant())))
                run++;
            if (run - i < 2)
            {
                result.Add(post[i]);
                continue;
            }
            result.Add(new NounPhraseElement([.. post[i..run].Cast<WordElement>().Select(w => w.Word)]));
            i = run - 1;
        }
        return result.ToImmutable();
    }

    private static bool IsPlainWord(PatternElement e) =>
        e is WordElement { Word: var w } && !IsMarker(w) && !w.Contains('_', StringComparison.Ordinal) && !w.Contains('%', StringComparison.Ordinal);

    private static bool IsPreposition(string w) =>
        VerbLineParser.Prepositions.Contains(w.ToLowerInvariant()) || w.ToLowerInvariant() is "about" or "on" or "in" or "over" or "through" or "during" or "despite";

    private static bool IsOfModifier(PrepPhraseElement pp, SlotSpec? obj, int objectAt, int i) =>
        obj is not null && objectAt == i - 1 && obj.Noun.Head != "*" && pp.Preposition.Equals("of", StringComparison.OrdinalIgnoreCase) &&
        pp.Objects is [WordElement { Word: var w }] && !IsMarker(w) && !w.Contains('_', StringComparison.Ordinal);

    private static (SlotSpec?, Untranslatable?) Prep(PrepPhraseElement pp)
    {
        var prep = pp.Preposition.ToLowerInvariant().Replace('_', ' ');
        if (pp.Objects.Length > 1 && !pp.Objects.All(o => o is WordElement { Word: "^" }))
            return (null, new(Messages.PetrarchNounsUnsupported, [$"several nouns in '({pp.Preposition} …)'"]));
        if (pp.Objects.IsEmpty || pp.Objects.All(o => o is WordElement { Word: "^" }))
            return (new SlotSpec(Slot.Preposition, prep, new NounSpec("*", [], false)), null);
        var (noun, problem) = Noun(pp.Objects[0]);
        return noun is null ? (null, problem) : (new SlotSpec(Slot.Preposition, prep, noun), null);
    }

    private static (NounSpec?, Untranslatable?) Noun(PatternElement e)
    {
        var words = e switch
        {
            WordElement w => [.. w.Word.Split('_', StringSplitOptions.RemoveEmptyEntries)],
            NounPhraseElement np => np.Words.SelectMany(x => x.Split('_', StringSplitOptions.RemoveEmptyEntries)).ToList(),
            _ => new List<string>(),
        };
        if (words is ["+"])
            return (new NounSpec("*", [], true), null);
        if (words is ["%"])
            return (new NounSpec(Constraint.Conjoined, [], true), null); // a conjoined target: the event goes to each member
        if (words is ["$"] || (words.Count > 1 && words.Contains("$")))
            return (null, new(Messages.PetrarchSourceUnsupported, []));
        if (words.Contains("%"))
            return (null, new(Messages.PetrarchCompoundUnsupported, []));
        if (words is ["^"])
            return (null, new(Messages.PetrarchSkipUnsupported, []));
        if (words.Count == 0 || words.Any(IsMarker))
            return (null, new(Messages.PetrarchNounsUnsupported, [$"marker inside the noun phrase '{Text(e)}'"]));
        return (new NounSpec(Word(words[^1]), [.. words.Take(words.Count - 1).Select(Word)], false) { Adjacent = words.Count > 1 ? Word(words[^2]) : null }, null);
    }

    private static bool IsMarker(string w) => w is "+" or "$" or "%" or "^" or "*";

    /// <summary>Synset names upper case without PETRARCH's trailing '_'; words lower case.</summary>
    internal static string Word(string w) => w.StartsWith('&') ? w.TrimEnd('_').ToUpperInvariant() : w.ToLowerInvariant();

    private static string Text(PatternElement e) => e switch
    {
        WordElement w => w.Word,
        NounPhraseElement np => "{" + string.Join(' ', np.Words) + "}",
        PrepPhraseElement pp => "(" + string.Join(' ', pp.Objects.Select(Text).Prepend(pp.Preposition)) + ")",
        _ => "",
    };
}
