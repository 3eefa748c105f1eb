using System.Collections.Immutable;
using Parley.Diagnostics;
using Parley.Ontology;
using Parley.Patterns;

namespace Parley.Petrarch;

/// <summary>Translates a read verbs file into <see cref="PetrarchVerbs"/>, reporting every pattern it cannot honour.</summary>
internal sealed class PetrarchVerbBuilder(RawVerbFile file, CameoCatalog? cameo, List<Diagnostic> diagnostics)
{
    /// <summary>Most variants one pattern may expand to through multi-word synset members.</summary>
    internal const int MaxVariants = 64;

    private readonly List<Pattern> _patterns = [];
    private readonly Dictionary<string, string> _reverse = new(StringComparer.Ordinal);
    private readonly string _name = Path.GetFileName(file.Path);
    private int _translated;

    // PETRARCH-1 (TABARI) files write patterns as plain words, never a PETRARCH-2 phrase '{…}' or '(…)': their words
    // before the verb are read linearly, as words before it in the sentence.
    private readonly bool _linear = !file.Blocks.SelectMany(b => b.Patterns).Any(p => p.Text.AsSpan().IndexOfAny('{', '(') >= 0);

    /// <summary>The coding ontology: each pattern gets a negated twin coding the negated act (null: none).</summary>
    public PicoOntology? Pico { get; init; }

    public PetrarchVerbs Build()
    {
        var (lines, multi) = Synsets();
        var synsets = SynsetTable.Build(lines, diagnostics);
        var expander = new ConstraintExpander(multi);
        var byName = file.Blocks.GroupBy(b => b.Name, StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var block in file.Blocks)
        {
            foreach (var verb in block.Verbs)
                AddBare(verb, verb.Code ?? block.Code);
        }
        foreach (var group in byName)
        {
            // PETRARCH-2 files patterns under the block name: blocks of one name share them.
            var keys = group.SelectMany(b => b.Verbs).DistinctBy(v => v.Name, StringComparer.Ordinal).ToList();
            foreach (var pattern in group.SelectMany(b => b.Patterns))
                AddPattern(pattern, keys, expander);
        }
        var stats = new PetrarchVerbStats(file.Blocks.Count, file.Blocks.Sum(b => b.Verbs.Count), file.Blocks.Sum(b => b.Patterns.Count), _translated, file.Synsets.Count);
        return new PetrarchVerbs(new PatternDictionary(_patterns, synsets, matchesForms: !_linear), _reverse.ToImmutableDictionary(StringComparer.Ordinal), stats) { LinearNotation = _linear };
    }

    private (List<SynsetLine>, Dictionary<string, ImmutableArray<ImmutableArray<string>>>) Synsets()
    {
        var lines = new List<SynsetLine>();
        var multi = new Dictionary<string, ImmutableArray<ImmutableArray<string>>>(StringComparer.Ordinal);
        foreach (var s in file.Synsets.Values)
        {
            // Nested synsets (TABARI allowed them; PETRARCH-2 does not) are kept: Parley's synsets nest.
            var nested = s.Members.Select(m => m.Trim()).Where(m => m.StartsWith('&')).Select(VerbPatternTranslator.Word);
            var phrases = s.Members.Where(m => !m.Trim().StartsWith('&')).Select(m => PetrarchPhrase.Normalize(m)).Where(m => m.Length > 0).ToList();
            var single = phrases.Where(p => !p.Contains(' ', StringComparison.Ordinal)).SelectMany(p => ConstraintExpander.Forms(p)).Concat(nested).Distinct();
            lines.Add(new SynsetLine(s.Name, false, [.. single], new Location(file.Path, s.Line)));
            var several = phrases.Where(p => p.Contains(' ', StringComparison.Ordinal)).Select(p => p.Split(' ').ToImmutableArray()).ToImmutableArray();
            if (!several.IsEmpty)
                multi[s.Name] = several;
        }
        return (lines, multi);
    }

    private void AddBare(RawVerb verb, PetrarchCode code)
    {
        if (code.Forward is null or CodeParser.Null && code.Reverse is null)
            return;
        CheckCodes(code, verb.Line);
        Add(verb.Key, WithPreposition([], verb.Preposition), code, $"{_name}:{verb.Line}", verb.Line);
    }

    private void AddPattern(RawVerbPattern raw, List<RawVerb> keys, ConstraintExpander expander)
    {
        var elements = PatternElementParser.Parse(raw.Text, out var problem);
        var star = elements?.Count(e => e is WordElement { Word: "*" }) ?? 0;
        if (elements is not { } parsed || star != 1)
        {
            Report(Messages.PetrarchLineMalformed, raw.Line, elements is null ? problem : "a pattern needs exactly one '*' (the verb)");
            return;
        }
        var at = parsed.IndexOf(parsed.First(e => e is WordElement { Word: "*" }));
        var (translated, why) = VerbPatternTranslator.Translate(parsed[..at], parsed[(at + 1)..], _linear);
        if (translated is null)
        {
            Report(why!.Template, raw.Line, why.Args);
            return;
        }
        var unknown = translated.Slots.Concat(translated.Linear ?? []).SelectMany(s => s.Noun.Modifiers.Prepend(s.Noun.Head)).SelectMany(w => w.Split(' '))
            .FirstOrDefault(w => w.StartsWith('&') && !file.Synsets.ContainsKey(w));
        if (unknown is not null)
        {
            Report(Messages.PetrarchSynsetUnknown, raw.Line, unknown);
            return;
        }
        if (expander.Count(translated.Slots) + (translated.Linear is { } l ? expander.Count(l) : 0) is var n && n > MaxVariants)
        {
            Report(Messages.PetrarchExpansionTooLarge, raw.Line, n, MaxVariants);
            return;
        }
        CheckCodes(raw.Code, raw.Line);
        var variants = expander.Expand(translated.Slots);
        if (translated.Linear is { } linearSlots)
            variants.AddRange(expander.Expand(linearSlots));
        foreach (var verb in keys.Where(k => translated.Particle is null || (k.Preposition is null && !k.Key.Contains(' ', StringComparison.Ordinal))))
        {
            var fullKey = translated.Particle is null ? verb.Key : verb.Key + " " + translated.Particle;
            for (var v = 0; v < variants.Count; v++)
            {
                var id = $"{_name}:{raw.Line}" + (keys.Count > 1 ? "/" + (translated.Particle is null ? verb.Name : fullKey) : "") + (variants.Count > 1 ? "#" + (v + 1) : "");
                Add(fullKey, WithPreposition(variants[v], verb.Preposition), raw.Code, id, raw.Line);
            }
        }
        _translated++;
    }

    /// <summary>A verb written with its preposition (<c>+ASK_FOR</c>) needs that argument, unless the pattern already constrains it.</summary>
    private static ImmutableArray<Constraint> WithPreposition(ImmutableArray<Constraint> constraints, string? preposition) =>
        preposition is null || constraints.Any(c => c.Slot == Slot.Preposition && c.Preposition == preposition)
            ? constraints
            : constraints.Add(new Constraint(Slot.Preposition, preposition, ["*"], []));

    private void Add(string key, ImmutableArray<Constraint> constraints, PetrarchCode code, string id, int line)
    {
        _patterns.Add(new Pattern(id, key, false, code.Forward ?? CodeParser.Null, constraints, false, file.Path, line) { Order = _patterns.Count });
        if (code.Reverse is { } reverse)
            _reverse[id] = reverse;
        if (Pico is null)
            return;
        // PETRARCH-2 negates the code of the pattern that matches; a code whose negation the ontology lacks codes
        // nothing (null code), so that a less specific pattern does not code the negated verb instead.
        var negatedId = id + "!not";
        _patterns.Add(new Pattern(negatedId, key, false, Negate(code.Forward), constraints, true, file.Path, line) { Order = _patterns.Count });
        if (code.Reverse is { } back && Pico.Negate(back) is { } negatedBack)
            _reverse[negatedId] = negatedBack;
    }

    private string Negate(string? code) => code is null or CodeParser.Null ? CodeParser.Null : Pico!.Negate(code) ?? CodeParser.Null;

    private void CheckCodes(PetrarchCode code, int line)
    {
        if (cameo is null)
            return;
        foreach (var c in new[] { code.Forward, code.Reverse })
        {
            if (c is not null and not CodeParser.Null && !cameo.Contains(c))
                Report(Messages.PetrarchCameoUnknown, line, c);
        }
    }

    private void Report(MessageTemplate template, int line, params object?[] args) =>
        diagnostics.Add(Diagnostic.Create(template, new Location(file.Path, line), args));
}
