using System.Collections.Frozen;
using System.Collections.Immutable;
using Parley.Actors;
using Parley.Diagnostics;
using Parley.Events;
using Parley.Ontology;
using Parley.Patterns;
using Parley.Petrarch;

namespace Parley.Engine;

/// <summary>
/// The PETRARCH dictionaries among the user's dictionaries, translated and layered into Parley's one engine.
/// <c>petrarch:DIR</c> adds them on top of Parley's own data (their patterns win ties, their actors win over Parley's
/// aliases); <c>petrarch-only:DIR</c> codes with them alone (Parley's own patterns and actors are not loaded). See
/// docs/petrarch.md.
/// </summary>
internal sealed class PetrarchLayers
{
    private readonly ImmutableArray<PetrarchDictionary> _dictionaries;
    private readonly PatternDictionary? _patterns;

    private PetrarchLayers(ImmutableArray<PetrarchDictionary> dictionaries, bool only, PatternDictionary? patterns)
    {
        _dictionaries = dictionaries;
        _patterns = patterns;
        Only = only;
        Coding = new PetrarchCoding(
            dictionaries.Where(d => d.Verbs is not null).SelectMany(d => d.Verbs!.ReverseCodes).GroupBy(kv => kv.Key).ToImmutableDictionary(g => g.Key, g => g.Last().Value),
            PetrarchDiscards.Concat(dictionaries.Select(d => d.Discards)),
            [.. dictionaries.Where(d => d.Verbs is not null).SelectMany(d => d.Verbs!.Patterns.All.Select(p => p.File)).Distinct()],
            dictionaries.Where(d => d.Verbs is not null).SelectMany(d => d.Verbs!.Patterns.All.Select(p => p.Id)).ToFrozenSet(StringComparer.Ordinal))
        {
            MemberCodeFiles = [.. dictionaries.Where(d => d.Verbs is { LinearNotation: true }).SelectMany(d => d.Verbs!.Patterns.All.Select(p => p.File)).Distinct()],
        };
    }

    /// <summary>True when a <c>petrarch-only:</c> source replaces Parley's own patterns and actors.</summary>
    public bool Only { get; }

    /// <summary>The reverse codes and discards of every PETRARCH source.</summary>
    public PetrarchCoding Coding { get; }

    /// <summary>The PETRARCH patterns alone (empty when no verbs dictionary was given).</summary>
    public PatternDictionary Patterns => _patterns ?? new PatternDictionary([], SynsetTable.Build([], []));

    /// <summary>Reads every PETRARCH source; problems (with file:line) go to <paramref name="diagnostics"/>.</summary>
    public static PetrarchLayers Load(IReadOnlyList<DictionarySource> sources, CameoCatalog cameo, List<Diagnostic> diagnostics)
    {
        var dictionaries = ImmutableArray.CreateBuilder<PetrarchDictionary>();
        foreach (var source in sources.Where(s => s.IsPetrarch))
        {
            var files = source.Files ?? PetrarchFiles.FromFolder(source.Path, diagnostics);
            if (files.Verbs is null && files.Actors.Count == 0 && files.Agents.Count == 0 && Directory.Exists(source.Path))
                diagnostics.Add(Diagnostic.Create(Messages.PetrarchNothingToLoad, new Location(source.Path), source.Path));
            var dictionary = PetrarchDictionary.Load(files, cameo);
            diagnostics.AddRange(dictionary.Diagnostics.Select(EntryLevel));
            dictionaries.Add(dictionary);
        }
        PatternDictionary? patterns = null;
        foreach (var verbs in dictionaries.Select(d => d.Verbs?.Patterns).OfType<PatternDictionary>())
            patterns = patterns is null ? verbs : PatternDictionary.Layer(patterns, verbs);
        return new PetrarchLayers(dictionaries.ToImmutable(), sources.Any(s => s.Kind == DictionaryKind.PetrarchOnly), patterns);
    }

    // A bad entry of a PETRARCH dictionary is left out and the rest is used, as PETRARCH does: its error is reported
    // as a warning; only a file that cannot be read or found (PRL600, PRL609) stops the engine from loading.
    private static Diagnostic EntryLevel(Diagnostic d) =>
        d.Severity == Severity.Error && d.Code is not ("PRL600" or "PRL609") ? d with { Severity = Severity.Warning, Message = d.Message + " (entry left out)" } : d;

    /// <summary>
    /// <paramref name="cameo"/> with the event codes the PETRARCH verbs files use beyond it (PRL607: <c>1951</c>,
    /// <c>0579</c>, the suite's <c>212</c>), so that they are coded as written, as PETRARCH does. Such a code takes the
    /// name, Goldstein score and quad class of its nearest ancestor in the table (none: "PETRARCH code", 0, 0).
    /// </summary>
    public CameoCatalog Codable(CameoCatalog cameo)
    {
        ArgumentNullException.ThrowIfNull(cameo);
        var used = _dictionaries.Where(d => d.Verbs is not null)
            .SelectMany(d => d.Verbs!.Patterns.All.Select(p => p.Cameo).Concat(d.Verbs.ReverseCodes.Values));
        var extra = used.Where(c => c.All(char.IsAsciiDigit) && c.Length >= 2 && !cameo.Contains(c)).Distinct().Order(StringComparer.Ordinal).ToList();
        return extra.Count == 0 ? cameo : cameo.With(extra.Select(c => Extension(cameo, c)));
    }

    private static CameoCode Extension(CameoCatalog cameo, string code)
    {
        for (var prefix = code[..^1]; prefix.Length >= 2; prefix = prefix[..^1])
        {
            if (cameo.Find(prefix) is { } parent)
                return new CameoCode(code, parent.Name + " (PETRARCH dictionary code)", parent.Goldstein, parent.QuadClass, parent.Root);
        }
        return new CameoCode(code, "PETRARCH dictionary code", 0, 0, code[..2]);
    }

    /// <summary>Parley's patterns with the PETRARCH patterns on top (null stays null: Parley's failed to load).</summary>
    public PatternDictionary? Over(PatternDictionary? parley) =>
        parley is null || _patterns is null ? parley : PatternDictionary.Layer(parley, _patterns);

    /// <summary>
    /// The actor dictionary: Parley's built-in actors (unless <see cref="Only"/>), the user's Parley-format actor
    /// paths, then one layer per PETRARCH actor and agent file. Diagnostics already reported while reading the
    /// PETRARCH files are not repeated.
    /// </summary>
    public ActorDictionaryResult Actors(IEnumerable<string> userPaths, string dataRoot)
    {
        var builder = new ActorDictionaryBuilder();
        if (!Only)
            builder.AddPath(ActorData.BuiltInFolder(dataRoot));
        foreach (var path in userPaths)
            builder.AddPath(path);
        foreach (var d in _dictionaries)
            builder.AddPetrarch(d.ActorEntries, d.Agents);
        var result = builder.Build();
        var seen = _dictionaries.SelectMany(d => d.Diagnostics).ToHashSet();
        return result with { Diagnostics = [.. result.Diagnostics.Where(d => !seen.Contains(d))] };
    }
}
