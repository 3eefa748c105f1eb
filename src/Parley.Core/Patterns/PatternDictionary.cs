using System.Collections.Frozen;
using System.Collections.Immutable;
using Parley.Ontology;

namespace Parley.Patterns;

/// <summary>
/// The verb-pattern dictionary: patterns indexed by predicate key (verb or noun lemma, with particle) and the
/// synsets they use. Immutable and thread-safe. Load with <see cref="Load"/>; match with <see cref="Match"/>.
/// </summary>
public sealed class PatternDictionary
{
    private readonly FrozenDictionary<string, CompiledPattern[]> _verbs;
    private readonly FrozenDictionary<string, CompiledPattern[]> _nouns;

    internal PatternDictionary(IReadOnlyList<Pattern> patterns, SynsetTable synsets, bool matchesForms = false)
    {
        MatchesForms = matchesForms;
        Synsets = synsets;
        Count = patterns.Count;
        var cache = new Dictionary<ImmutableArray<Constraint>, CompiledConstraint[]>();
        _verbs = Index(patterns.Where(p => !p.IsNoun), synsets, cache);
        _nouns = Index(patterns.Where(p => p.IsNoun), synsets, cache);
    }

    /// <summary>
    /// True when a verb key may be a written form rather than a lemma (PETRARCH verbs files: <c>LEFT</c> is the word
    /// "left", not "leave"): a frame's <see cref="Frame.FormKey"/> is looked up before its lemma key.
    /// </summary>
    public bool MatchesForms { get; }

    /// <summary>The synsets the patterns refer to.</summary>
    public SynsetTable Synsets { get; }

    /// <summary>Number of patterns (one per predicate key and pattern line).</summary>
    public int Count { get; }

    /// <summary>The verb keys with patterns, sorted.</summary>
    public IEnumerable<string> VerbKeys => _verbs.Keys.Order(StringComparer.Ordinal);

    /// <summary>The noun keys with patterns, sorted.</summary>
    public IEnumerable<string> NounKeys => _nouns.Keys.Order(StringComparer.Ordinal);

    /// <summary>Every pattern, verbs then nouns, each in load order.</summary>
    public IEnumerable<Pattern> All => _verbs.Values.Concat(_nouns.Values).SelectMany(p => p).Select(c => c.Pattern).OrderBy(p => p.IsNoun).ThenBy(p => p.Order);

    /// <summary>The patterns for a predicate key ("meet", "call on"), in load order; empty when none.</summary>
    public ImmutableArray<Pattern> PatternsFor(string key, bool isNoun) =>
        [.. Candidates(key, isNoun).Select(c => c.Pattern)];

    /// <summary>The most specific pattern for <paramref name="frame"/>, or null; the fast path for coding.</summary>
    public PatternMatch? FindBest(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return PatternMatcher.Best(frame, Candidates(frame));
    }

    /// <summary>Finds the most specific pattern for <paramref name="frame"/> and says why every other candidate lost.</summary>
    public MatchResult Match(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return PatternMatcher.Match(frame, Candidates(frame));
    }

    private CompiledPattern[] Candidates(Frame frame) =>
        MatchesForms && !frame.IsNoun && frame.FormKey is { } form && Candidates(form, false) is { Length: > 0 } byForm
            ? byForm
            : Candidates(frame.Key, frame.IsNoun);

    private CompiledPattern[] Candidates(string key, bool isNoun)
    {
        var index = isNoun ? _nouns : _verbs;
        if (index.TryGetValue(key, out var found) || index.TryGetValue(key.ToLowerInvariant(), out found))
            return found;
        return [];
    }

    /// <summary>
    /// Loads pattern files and folders (a folder contributes its <c>*.txt</c> files in name order) in the order
    /// given; later files win ties, so user folders go last. Validates codes against <paramref name="cameo"/>.
    /// </summary>
    public static LoadResult<PatternDictionary> Load(IEnumerable<string> paths, CameoCatalog cameo) =>
        PatternLoader.Load(paths, cameo);

    /// <summary>
    /// The patterns of <paramref name="under"/> then those of <paramref name="over"/>, which win ties (a later layer);
    /// a synset defined in both takes <paramref name="over"/>'s members.
    /// </summary>
    internal static PatternDictionary Layer(PatternDictionary under, PatternDictionary over)
    {
        var patterns = under.All.Concat(over.All).Select((p, i) => p with { Order = i }).ToList();
        return new PatternDictionary(patterns, SynsetTable.Layer(under.Synsets, over.Synsets), under.MatchesForms || over.MatchesForms);
    }

    private static FrozenDictionary<string, CompiledPattern[]> Index(
        IEnumerable<Pattern> patterns, SynsetTable synsets, Dictionary<ImmutableArray<Constraint>, CompiledConstraint[]> cache)
    {
        var byKey = new Dictionary<string, List<CompiledPattern>>(StringComparer.Ordinal);
        foreach (var pattern in patterns)
        {
            if (!byKey.TryGetValue(pattern.Key, out var list))
                byKey[pattern.Key] = list = [];
            list.Add(new CompiledPattern(pattern, synsets, cache));
        }
        return byKey.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }
}
