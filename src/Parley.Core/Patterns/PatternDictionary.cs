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
    private readonly FrozenDictionary<string, ImmutableArray<Pattern>> _verbs;
    private readonly FrozenDictionary<string, ImmutableArray<Pattern>> _nouns;

    internal PatternDictionary(IReadOnlyList<Pattern> patterns, SynsetTable synsets)
    {
        Synsets = synsets;
        Count = patterns.Count;
        _verbs = Index(patterns.Where(p => !p.IsNoun));
        _nouns = Index(patterns.Where(p => p.IsNoun));
    }

    /// <summary>The synsets the patterns refer to.</summary>
    public SynsetTable Synsets { get; }

    /// <summary>Number of patterns (one per predicate key and pattern line).</summary>
    public int Count { get; }

    /// <summary>The verb keys with patterns, sorted.</summary>
    public IEnumerable<string> VerbKeys => _verbs.Keys.Order(StringComparer.Ordinal);

    /// <summary>The noun keys with patterns, sorted.</summary>
    public IEnumerable<string> NounKeys => _nouns.Keys.Order(StringComparer.Ordinal);

    /// <summary>Every pattern, verbs then nouns, each in load order.</summary>
    public IEnumerable<Pattern> All => _verbs.Values.Concat(_nouns.Values).SelectMany(p => p).OrderBy(p => p.IsNoun).ThenBy(p => p.Order);

    /// <summary>The patterns for a predicate key ("meet", "call on"), in load order; empty when none.</summary>
    public ImmutableArray<Pattern> PatternsFor(string key, bool isNoun) =>
        (isNoun ? _nouns : _verbs).GetValueOrDefault(key.ToLowerInvariant(), []);

    /// <summary>Finds the most specific pattern for <paramref name="frame"/> and says why every other candidate lost.</summary>
    public MatchResult Match(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return PatternMatcher.Match(frame, PatternsFor(frame.Key, frame.IsNoun), Synsets);
    }

    /// <summary>
    /// Loads pattern files and folders (a folder contributes its <c>*.txt</c> files in name order) in the order
    /// given; later files win ties, so user folders go last. Validates codes against <paramref name="cameo"/>.
    /// </summary>
    public static LoadResult<PatternDictionary> Load(IEnumerable<string> paths, CameoCatalog cameo) =>
        PatternLoader.Load(paths, cameo);

    private static FrozenDictionary<string, ImmutableArray<Pattern>> Index(IEnumerable<Pattern> patterns) =>
        patterns.GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(p => p.Order).ToImmutableArray(), StringComparer.Ordinal);
}
