using Parley.Data;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Parley.Diagnostics;

namespace Parley.Ontology;

/// <summary>PLOVER event types, contexts and the CAMEO→PLOVER mapping; immutable and thread-safe.</summary>
public sealed class PloverCatalog
{
    private readonly FrozenDictionary<string, PloverEventType> _events;
    private readonly FrozenDictionary<string, PloverContext> _contexts;
    private readonly FrozenDictionary<string, PloverMapping> _byCameo;

    internal PloverCatalog(IEnumerable<PloverEventType> events, IEnumerable<PloverContext> contexts, IEnumerable<PloverMapping> mappings)
    {
        EventTypes = [.. events];
        Contexts = [.. contexts];
        Mappings = [.. mappings];
        _events = EventTypes.ToFrozenDictionary(e => e.Name, StringComparer.Ordinal);
        _contexts = Contexts.ToFrozenDictionary(c => c.Name, StringComparer.Ordinal);
        _byCameo = Mappings.ToFrozenDictionary(m => m.Cameo, StringComparer.Ordinal);
    }

    /// <summary>The event types in file order.</summary>
    public ImmutableArray<PloverEventType> EventTypes { get; }

    /// <summary>The contexts in file order.</summary>
    public ImmutableArray<PloverContext> Contexts { get; }

    /// <summary>One mapping per CAMEO code, in file order.</summary>
    public ImmutableArray<PloverMapping> Mappings { get; }

    /// <summary>The event type with this name, or null.</summary>
    public PloverEventType? FindEvent(string name) => _events.GetValueOrDefault(name);

    /// <summary>The context with this name, or null.</summary>
    public PloverContext? FindContext(string name) => _contexts.GetValueOrDefault(name);

    /// <summary>The mapping of a CAMEO code, or null when the code is not in the table.</summary>
    public PloverMapping? Map(string cameo) => _byCameo.GetValueOrDefault(cameo);

    /// <summary>
    /// Loads <c>event-types.tsv</c>, <c>contexts.tsv</c> and <c>cameo-to-plover.tsv</c> from <paramref name="directory"/>
    /// and validates them against each other and against <paramref name="cameo"/>.
    /// </summary>
    public static LoadResult<PloverCatalog> Load(string directory, CameoCatalog cameo)
    {
        ArgumentNullException.ThrowIfNull(cameo);
        var diagnostics = new List<Diagnostic>();
        var eventsPath = Path.Combine(directory, "event-types.tsv");
        var contextsPath = Path.Combine(directory, "contexts.tsv");
        var mapPath = Path.Combine(directory, "cameo-to-plover.tsv");
        var eventLines = TableRows.Read(eventsPath, diagnostics);
        var contextLines = TableRows.Read(contextsPath, diagnostics);
        var mapLines = TableRows.Read(mapPath, diagnostics);
        if (eventLines is null || contextLines is null || mapLines is null)
            return new(null, [.. diagnostics]);
        var events = PloverReader.ReadEvents(eventLines, eventsPath, diagnostics);
        var contexts = PloverReader.ReadContexts(contextLines, contextsPath, diagnostics);
        var reader = new PloverMappingReader(events, contexts, cameo, mapPath, diagnostics);
        var mappings = reader.Read(mapLines);
        return new(new PloverCatalog(events, contexts, mappings), [.. diagnostics]);
    }
}
