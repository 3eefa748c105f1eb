using Parley.Diagnostics;

namespace Parley.Ontology;

/// <summary>
/// CAMEO and PLOVER together, loaded from a data folder (<c>cameo/event-codes.tsv</c>, <c>plover/*.tsv</c>);
/// immutable and thread-safe.
/// </summary>
public sealed class EventOntology
{
    private EventOntology(CameoCatalog cameo, PloverCatalog plover) => (Cameo, Plover) = (cameo, plover);

    /// <summary>The CAMEO event codes.</summary>
    public CameoCatalog Cameo { get; }

    /// <summary>The PLOVER types, contexts and CAMEO→PLOVER mapping.</summary>
    public PloverCatalog Plover { get; }

    /// <summary>The CAMEO code and its PLOVER mapping, or null when the code is unknown.</summary>
    public (CameoCode Code, PloverMapping Plover)? Describe(string cameo) =>
        Cameo.Find(cameo) is { } code && Plover.Map(cameo) is { } mapping ? (code, mapping) : null;

    /// <summary>Loads and cross-validates both ontologies from <paramref name="dataDirectory"/>.</summary>
    public static LoadResult<EventOntology> Load(string dataDirectory)
    {
        var cameo = CameoCatalog.Load(Path.Combine(dataDirectory, "cameo", "event-codes.tsv"));
        if (cameo.Value is null)
            return new(null, cameo.Diagnostics);
        var plover = PloverCatalog.Load(Path.Combine(dataDirectory, "plover"), cameo.Value);
        var diagnostics = cameo.Diagnostics.AddRange(plover.Diagnostics);
        return plover.Value is null ? new(null, diagnostics) : new(new EventOntology(cameo.Value, plover.Value), diagnostics);
    }
}
