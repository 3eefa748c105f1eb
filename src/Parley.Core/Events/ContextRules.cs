using Parley.Data;
using Parley.Diagnostics;

namespace Parley.Events;

/// <summary>
/// How actors take a country or a sector from their context (data/coding/context.txt): acts whose object names
/// the source's own forces ("Israel called up reservists": the reservists are Israel's military acting, not a
/// target), acts that address the source's own authorities when they name no one (protests), and sectors that
/// never take a country from context (unidentified armed forces).
/// </summary>
public sealed class ContextRules
{
    private readonly (string Prefix, string Sector)[] _ownForces;
    private readonly HashSet<string> _noCountry;
    private readonly (string Prefix, string Sector)[] _implied;
    private readonly (string Prefix, string From, string To)[] _protesters;
    private readonly (string Prefix, string From, string To)[] _impliedFrom;
    private readonly (string Prefix, string Sector)[] _unseen;
    private readonly (string From, string To, HashSet<string> Words)[] _former;
    private readonly (string Prefix, string Sector)[] _impliedSources = [];
    private readonly (string Prefix, string[] Relations)[] _placeTargets = [];

    /// <summary>
    /// Creates the rules from own-forces (code prefix, default sector) pairs, sectors without context country,
    /// implied targets (code prefix, sector of the source country's actor addressed), and the sectors the sources of
    /// a protest take (code prefix, sector, protester sector), and implied targets for sources of one sector only
    /// (code prefix, source sector, addressee sector), and the unseen perpetrators of agentless passives (code prefix, sector).
    /// </summary>
    public ContextRules(IEnumerable<(string Prefix, string Sector)> ownForces, IEnumerable<string> noCountry, IEnumerable<(string Prefix, string Sector)> implied,
        IEnumerable<(string Prefix, string From, string To)>? protesters = null, IEnumerable<(string Prefix, string From, string To)>? impliedFrom = null,
        IEnumerable<(string Prefix, string Sector)>? unseen = null, IEnumerable<(string From, string To, HashSet<string> Words)>? former = null)
    {
        _former = [.. former ?? []];
        _unseen = [.. (unseen ?? []).OrderByDescending(r => r.Prefix.Length)];
        _protesters = [.. protesters ?? []];
        _impliedFrom = [.. (impliedFrom ?? []).OrderByDescending(r => r.Prefix.Length)];
        _ownForces = [.. ownForces.OrderByDescending(r => r.Prefix.Length)];
        _noCountry = [.. noCountry];
        _implied = [.. implied.OrderByDescending(r => r.Prefix.Length)];
    }

    /// <summary>
    /// For an act whose object names the source's own forces, the sector a source named by its country alone acts
    /// through when the object names none; null when <paramref name="cameo"/> is no such act.
    /// </summary>
    public string? OwnForcesSector(string cameo) => Longest(_ownForces, cameo);

    /// <summary>
    /// For an act that addresses its source's own authorities when it names no one ("students demonstrated in
    /// Caracas" → VENGOV), the sector of that addressee; null when <paramref name="cameo"/> is no such act.
    /// </summary>
    public string? ImpliedTargetSector(string cameo) => Longest(_implied, cameo);

    /// <summary>
    /// As <see cref="ImpliedTargetSector(string)"/>, with the acts that address the source country's authorities only
    /// when all their sources are of one sector ("Colombian rebels declared a unilateral ceasefire" → COLGOV).
    /// </summary>
    public string? ImpliedTargetSector(string cameo, IReadOnlyCollection<string?> sourceSectors)
    {
        ArgumentNullException.ThrowIfNull(sourceSectors);
        foreach (var (prefix, from, to) in _impliedFrom)
            if (cameo.StartsWith(prefix, StringComparison.Ordinal) && sourceSectors.Count > 0 && sourceSectors.All(s => s == from))
                return to;
        return ImpliedTargetSector(cameo);
    }

    /// <summary>
    /// For an act that told in the agentless passive still implies a perpetrator nobody names ("the minister was
    /// assassinated"), the sector of that unidentified source; null when <paramref name="cameo"/> is no such act.
    /// </summary>
    public string? UnseenPerpetratorSector(string cameo) => Longest(_unseen, cameo);

    /// <summary>
    /// The sector an agent of <paramref name="sector"/> takes when an adjective such as <paramref name="adjective"/>
    /// says the role is past ("the former Peruvian minister": GOV → ELI); null when it takes none.
    /// </summary>
    public string? FormerSector(string? sector, string adjective)
    {
        foreach (var (from, to, words) in _former)
            if (from == sector && words.Contains(adjective))
                return to;
        return null;
    }

    /// <summary>True when <paramref name="sector"/> is one that own-forces acts move (the sectors of the own-forces lines).</summary>
    public bool IsForces(string sector) => _ownForces.Any(r => r.Sector == sector);

    private static string? Longest((string Prefix, string Sector)[] rules, string cameo)
    {
        foreach (var (prefix, sector) in rules)
            if (cameo.StartsWith(prefix, StringComparison.Ordinal))
                return sector;
        return null;
    }

    /// <summary>
    /// The sector a source of sector <paramref name="sector"/> takes in an act <paramref name="cameo"/> that makes it
    /// a protester ("thousands of people marched" → OPP); <paramref name="sector"/> itself otherwise.
    /// </summary>
    public string? ProtesterSector(string cameo, string? sector)
    {
        foreach (var (prefix, from, to) in _protesters)
            if (cameo.StartsWith(prefix, StringComparison.Ordinal) && sector == from)
                return to;
        return sector;
    }

    /// <summary>
    /// Sectors of a country's own domestic actors (government, police, opposition, rebels …): a country-less agent of
    /// one of them takes the country of the other party of its event when that party is a domestic actor of a known country.
    /// </summary>
    public IReadOnlySet<string> Domestic { get; init; } = new HashSet<string>();

    /// <summary>Prepositions whose place is where an act goes ("deployed to Mali"), not where it happens: it gives no country.</summary>
    public IReadOnlySet<string> Destinations { get; init; } = new HashSet<string>();

    /// <summary>CAMEO prefixes of acts that a pair group ("both armies", "the two sides") naming no target does toward each other.</summary>
    public IReadOnlyList<string> PairMutual { get; init; } = [];

    /// <summary>Plural names of two countries ("Koreas" → KOR, PRK), any case.</summary>
    public IReadOnlyDictionary<string, string[]> PairNames { get; init; } = new Dictionary<string, string[]>();

    /// <summary>(CAMEO prefix, sector) of acts that, naming no agent, are done by that sector of the place's country; kept longest prefix first.</summary>
    public IReadOnlyList<(string Prefix, string Sector)> ImpliedSources { get => _impliedSources; init => _impliedSources = [.. value.OrderByDescending(r => r.Prefix.Length)]; }

    /// <summary>
    /// The sector that does <paramref name="cameo"/> when the sentence names no agent ("security was tightened in
    /// Islamabad" → PAKCOP); null when the act implies no source.
    /// </summary>
    public string? ImpliedSourceSector(string cameo) => Longest(_impliedSources, cameo);

    /// <summary>
    /// (CAMEO prefix, relations) of acts whose argument naming a place, and no actor, makes that place's country the
    /// target and that place the event's location: "object" for the act's object or target phrase ("shelled Kharkiv",
    /// "a blockade of the port of Hodeidah"), a preposition for a place after it in the act's phrase ("flew near Alaska"). Kept longest prefix first.
    /// </summary>
    public IReadOnlyList<(string Prefix, string[] Relations)> PlaceTargets { get => _placeTargets; init => _placeTargets = [.. value.OrderByDescending(r => r.Prefix.Length)]; }

    /// <summary>The relations through which a place is the target of <paramref name="cameo"/> (longest prefix), or none.</summary>
    public IReadOnlyList<string> PlaceTargetRelations(string cameo)
    {
        foreach (var (prefix, relations) in _placeTargets)
            if (cameo.StartsWith(prefix, StringComparison.Ordinal))
                return relations;
        return [];
    }

    /// <summary>Lemmas of participles that say who holds a place ("the rebel-held suburb" is the rebels' target).</summary>
    public IReadOnlySet<string> HeldBy { get; init; } = new HashSet<string>();

    /// <summary>
    /// Role nouns (lemmas) that, lower-case after a proper name that is neither a known actor nor a place ("a
    /// Harley-Davidson spokeswoman"), speak for that unknown party: no actor, no country from context.
    /// </summary>
    public IReadOnlySet<string> NamedOwner { get; init; } = new HashSet<string>();

    /// <summary>
    /// Nouns (lemmas) of a body's own people ("its teams", "the agency's staff"): with a possessive naming an actor,
    /// the phrase is that actor.
    /// </summary>
    public IReadOnlySet<string> Members { get; init; } = new HashSet<string>();

    /// <summary>
    /// Nouns of travel (lemmas) whose "from" phrase is where the journey starts ("the train trip from Washington"),
    /// not who makes it: such a phrase is no source.
    /// </summary>
    public IReadOnlySet<string> Journeys { get; init; } = new HashSet<string>();

    /// <summary>
    /// CAMEO prefixes by their part in an attack's consequences (data/coding/context.txt consequence): an attack or a
    /// violent repression takes the toll of its bare participle adverbial ("…, killing three"), an attack's or damage's
    /// participle is such a toll, and a riot takes the damage of its own ("…, burning cars").
    /// </summary>
    public IReadOnlyList<(string Role, string Prefix)> Consequences { get; init; } = [];

    /// <summary>True when <paramref name="cameo"/> plays <paramref name="role"/> (attack, repression, damage, riot) in a consequence.</summary>
    public bool IsConsequence(string role, string cameo) =>
        Consequences.Any(c => c.Role == role && cameo.StartsWith(c.Prefix, StringComparison.Ordinal));

    /// <summary>How many earlier sentences a country-less agent looks back for its country; 0 turns document context off.</summary>
    public int DocumentWindow { get; init; }

    /// <summary>True when a pair group naming no target does <paramref name="cameo"/> toward each other.</summary>
    public bool IsPairMutual(string cameo) => PairMutual.Any(p => cameo.StartsWith(p, StringComparison.Ordinal));

    /// <summary>True when agents of <paramref name="sector"/> take no country from a place or the other side.</summary>
    public bool KeepsNoCountry(string? sector) => sector is not null && _noCountry.Contains(sector);

    /// <summary>
    /// Loads every line kind of data/coding/context.txt (own-forces, implied-target, protester, place-target, document-window …);
    /// a line of no kind is reported with file:line and the list of kinds.
    /// </summary>
    public static ContextRules Load(string path, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var x = new ContextExtras();
        foreach (var line in DataLine.ReadFile(path))
            if (!x.TryAdd(line.Fields))
                diagnostics.Add(Diagnostic.Create(Messages.DataMalformed, line.Location, ContextExtras.Expected));
        return new ContextRules(x.OwnForces, x.NoCountry, x.Implied, x.Protesters, x.ImpliedFrom, x.Unseen, x.Former)
        {
            Domestic = x.Domestic, Destinations = x.Destinations, PairMutual = x.PairMutual, PairNames = x.PairNames, ImpliedSources = x.ImpliedSources, PlaceTargets = x.PlaceTargets, HeldBy = x.HeldBy, NamedOwner = x.NamedOwner, Journeys = x.Journeys, Members = x.Members, Consequences = x.Consequences, DocumentWindow = x.Window,
        };
    }

    internal static bool IsPrefix(string s) => s.Length is >= 2 and <= 4 && s.All(char.IsAsciiDigit);

    internal static bool IsSector(string s) => s.Length == 3 && s.All(char.IsAsciiLetterUpper);
}
