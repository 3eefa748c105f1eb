using System.Collections.Frozen;
using Parley.Actors;
using Parley.Dates;
using Parley.Diagnostics;
using Parley.Events;
using Parley.Ontology;
using Parley.Patterns;
using Parley.Places;
using Parley.Quotes;

namespace Parley.Engine;

/// <summary>
/// Everything the coding stages know, loaded from the data folder and the user's dictionaries: actors, verb
/// patterns, CAMEO and PLOVER, gazetteer, date words, speech verbs, coding rule tables. Immutable once loaded.
/// </summary>
public sealed record EventKnowledge(
    ActorDictionary Actors, PatternDictionary Patterns, CameoCatalog Cameo, PloverCatalog Plover,
    Gazetteer Gazetteer, DateLexicon DateLexicon, QuoteFinder Quotes, CodingRules Rules)
{
    /// <summary>Loads the knowledge; returns null with diagnostics when a required part failed to load.</summary>
    public static EventKnowledge? Load(EngineOptions options, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var cameo = Take(CameoCatalog.Load(options.Data("cameo/event-codes.tsv")), diagnostics);
        if (cameo is null)
            return null;
        var plover = Take(PloverCatalog.Load(options.Data("plover"), cameo), diagnostics);
        var petrarch = PetrarchLayers.Load(options.Dictionaries, cameo, diagnostics);
        var patternPaths = options.Dictionaries.SelectMany(d => d.PatternPaths()).Prepend(options.Data("patterns"));
        var patterns = petrarch.Only ? petrarch.Patterns : petrarch.Over(Take(PatternDictionary.Load(patternPaths, cameo), diagnostics));
        var actors = petrarch.Actors(options.Dictionaries.SelectMany(d => d.ActorPaths()), options.DataRoot);
        diagnostics.AddRange(actors.Diagnostics);
        var gazetteer = Gazetteer.Load(options.Data("gazetteer"), diagnostics);
        var lexicon = DateLexicon.Load(options.Data("dates/en.txt"), diagnostics);
        var quotes = QuoteFinder.Load(options.Data("quotes/speech-verbs.txt"), diagnostics);
        var rules = CodingRules.Load(options.Data("coding"), cameo, diagnostics);
        if (plover is null || patterns is null || actors.HasErrors || diagnostics.Any(d => d.Severity == Severity.Error))
            return null;
        return new EventKnowledge(actors.Dictionary, patterns, petrarch.Codable(cameo), plover, gazetteer, lexicon, quotes, rules) { Petrarch = petrarch.Coding };
    }

    /// <summary>
    /// What PETRARCH dictionaries add to coding besides patterns and actors: reverse codes and discards.
    /// <value>The default value is <see cref="PetrarchCoding.None"/>.</value>
    /// </summary>
    public PetrarchCoding Petrarch { get; init; } = PetrarchCoding.None;

    /// <summary>Lemmas of the nouns that can be event predicates (the pattern dictionary's noun keys).</summary>
    public FrozenSet<string> EventNouns => Patterns.NounKeys.ToFrozenSet(StringComparer.Ordinal);

    private static T? Take<T>(LoadResult<T> result, List<Diagnostic> diagnostics) where T : class
    {
        diagnostics.AddRange(result.Diagnostics);
        return result.Succeeded ? result.Value : null;
    }
}
