using Parley.Actors;
using Parley.Dates;
using Parley.Documents;
using Parley.Frames;
using Parley.Ontology;
using Parley.Patterns;

namespace Parley.Events;

/// <summary>Per-document state of the coder: actors, coreference, dates, places and quotations.</summary>
internal sealed partial class CodingContext
{
    private readonly Document _doc;
    private readonly ActorLocator _actors;
    private readonly Coreference _coreference;
    private readonly EventCircumstances _circumstances;
    private readonly CameoCatalog _cameo;
    private readonly PloverCatalog _plover;
    private readonly CodingRules _rules;
    private readonly DocumentIndex _index;
    private readonly ActorDictionary? _dictionary;
    private SentenceBuckets<Places.PlaceMention>? _placesBySentence;
    private SentenceBuckets<ActorMention>? _mentionsBySentence;

    public CodingContext(Document doc, IReadOnlyList<ActorMention> mentions, DateResolver dates, CameoCatalog cameo, PloverCatalog plover, CodingRules rules, ActorDictionary? dictionary)
    {
        _rules = rules;
        _doc = doc;
        _index = new DocumentIndex(doc, mentions);
        _actors = new ActorLocator(doc, mentions, _index, dictionary, rules.Grammar.Features.Union(rules.Grammar.Depictions).ToHashSet(StringComparer.Ordinal));
        _dictionary = dictionary;
        _mentions = mentions;
        _coreference = new Coreference(doc, mentions, _index, rules.Coreference);
        _circumstances = new EventCircumstances(doc, dates, rules.Grammar.Locatives, _index, PlacesIn);
        _cameo = cameo;
        _plover = plover;
    }

    public List<CodedEvent> Make(PredicateFrame frame, PatternMatch match, bool keepSourceless)
    {
        var petrarch = WideTarget?.Invoke(match.Pattern) == true;
        var (sources, passive, ownForces, impliedSource) = FindSources(frame, match, petrarch);
        if (sources.Count == 0 && !keepSourceless)
            return [];
        if (ownForces is not null)
            sources = [.. sources.Select(s => ThroughForces(s, frame, ownForces))];
        if (!petrarch)
            sources = [.. sources.Select(s => AsProtester(s, match.Pattern.Cameo))];
        // A definite description in the target ("sanctions on the regime") is never the source's own state; an
        // agent without a country in the target takes the source's ("banned the main opposition party").
        var sourceCountries = sources.OfType<EventActor>().Select(a => a.Country).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var home = sourceCountries.Count == 1 ? sourceCountries.First() : null;
        var slot = frame.TokenOf(match.Target);
        // "mediation between Israel and Hamas": parties a noun's pattern takes as its target are not also its source.
        if (!petrarch && frame.Frame.IsNoun && slot >= 0 && slot == frame.Subject)
            return [];
        var targets = Actors(slot, sourceCountries, home);
        // The object of a show of force is the source's own forces, unless another country's ("intercepted Russian bombers").
        if (ownForces is not null && slot == frame.TokenOf(frame.Frame.Object))
            targets = [.. targets.Where(t => t?.Country is { } c && !sourceCountries.Contains(c) && _actors.Find(slot).All(m => m.Country is not null))];
        if (targets.Count > 0 && targets.All(t => t is not null && sources.Any(s => s is not null && Key(s) == Key(t))))
            targets = [];
        // "Russian forces shelled Kharkiv": a place the act is done to, naming no actor, is its country's (unless the
        // source's own) and where it happens.
        var targetPlace = petrarch || impliedSource is not null ? null : PlaceTarget(frame, slot, match.Pattern.Cameo, targets, sourceCountries);
        if (targetPlace is { Actor: { } placed })
            targets = [placed];
        else if (targets.Count == 0 && !petrarch && impliedSource is null && Holder([slot, frame.TokenOf(frame.Frame.Object)]) is { } holder)
            targets = [holder];
        if (targets.Count == 0)
            targets = FallbackTarget(frame, sources, home, ownForces is not null, !petrarch && _rules.Reciprocal.Contains(match.Pattern.Cameo));
        if (targets.Count == 0 && !petrarch && sourceCountries.Count > 0 && PlaceTarget(slot, sourceCountries) is { } city)
            targets = [city];
        // Conjoined sources of a reciprocal act ("Seoul and Tokyo pledged to share military intelligence"): an
        // agent without a country is what they share, not a third party.
        // PETRARCH patterns take the target PETRARCH would (its actors often have no country).
        if (sources.Count > 1 && !petrarch && _rules.Reciprocal.Contains(match.Pattern.Cameo) && targets.All(t => t?.Country is null))
            targets = [];
        // An implied source's act has no target: what it surrounds is its setting.
        if (impliedSource is not null)
            targets = [];
        // Country-less agents take a country from the other party or the document (data/coding/context.txt).
        if (!petrarch)
            (sources, targets) = InContext(sources, targets, frame.Sentence);
        if (!petrarch && home is null && sources.OfType<EventActor>().Select(a => a.Country).Distinct().ToList() is [{ } taken])
            home = taken;
        var pairMutual = !petrarch && targets.Count == 0 && sources.Count == 2 && frame.Subject >= 0 && IsPairPhrase(frame.Subject)
            && _rules.Context.IsPairMutual(match.Pattern.Cameo);
        // "Students demonstrated in Caracas": a protest that names no one else addresses the protesters' government.
        if (_rules.Context.ImpliedTargetSector(match.Pattern.Cameo, [.. sources.Select(s => s?.Sector)]) is { } addressee && home is not null
            && sources.All(s => s?.Sector is { } sector && sector != addressee) && targets.All(t => t is null || (t.Sector is null && t.Country == home)))
            targets = [new EventActor("", home + addressee, home, addressee, null, -1, -1, "implied-target")];
        if (petrarch && SkippedAgentOwners(match, slot) is { Count: > 0 } owners)
            targets = owners;
        if (petrarch)
            (sources, targets) = passive ?? PetrarchRoles(frame, match.Pattern, sources, PetrarchTargets(frame, sources, targets));
        // A pattern asking for a conjoined subject (subj:%, TABARI's '%') codes the act between its members.
        var between = sources.Count > 1 && match.Pattern.Constraints.Any(c => c.Slot == Slot.Subject && c.RequiresConjoined);
        if (between)
            targets = [];
        // PETRARCH codes an event only between a source and a target: a PETRARCH pattern naming no target codes nothing
        // (conjoined sources with no target act toward each other).
        if (petrarch && targets.Count == 0 && sources.OfType<EventActor>().Count() < 2)
            return [];
        if (sources.Count == 0)
            sources.Add(null);
        if (targets.Count == 0)
            targets.Add(null);
        return Emit(frame, match, sources, targets, petrarch, between || pairMutual, targetPlace?.Place);
    }

    // Who does the act: the subject (PETRARCH's reading for its patterns), else the object for an act on one's own
    // forces, else the authorities of the place for an act naming no agent, else an unseen perpetrator.
    private (List<EventActor?> Sources, (List<EventActor?> Sources, List<EventActor?> Targets)? Passive, string? OwnForces, EventActor? Implied)
        FindSources(PredicateFrame frame, PatternMatch match, bool petrarch)
    {
        var sources = petrarch ? PetrarchSources(frame) : JourneyOrigin(frame) ? [] : Actors(frame.Subject);
        var passive = petrarch && sources.Count == 0 ? PetrarchPassive(frame) : null;
        if (passive is { } roles)
            sources = roles.Sources;
        // "Israeli air strikes on Rafah killed …": an event noun that is a clause's subject and names no agent is done by the
        // country of its own nationality adjective (not a noun some other act is about: "disapproval of the Turkish decision").
        if (sources.Count == 0 && frame.Frame.IsNoun && frame.Subject < 0 && !petrarch
            && _doc.Strings[_doc.Tokens[frame.Predicate].DepRel].StartsWith("nsubj", StringComparison.Ordinal))
            sources = [.. Actors(frame.Predicate).Where(a => a is { Via: "adjective+noun", Sector: null })];
        // "Israel called up reservists": the object is the source's own forces, acting for it; with no agent
        // ("police in Dhaka were put on high alert") the forces are the source.
        var ownForces = _rules.Context.OwnForcesSector(match.Pattern.Cameo);
        if (ownForces is not null && sources.Count == 0 && frame.Subject < 0)
            sources = Actors(frame.TokenOf(frame.Frame.Object));
        // "Security was tightened in Islamabad": an act naming no agent is done by the authorities of the place.
        var impliedSource = sources.Count == 0 && frame.Subject < 0 && !petrarch ? ImpliedSource(frame, match.Pattern.Cameo) : null;
        if (impliedSource is not null)
            sources = [impliedSource];
        // "The minister was assassinated": an agentless passive of an act no accident does is an unidentified attacker's.
        if (sources.Count == 0 && !petrarch && frame.Subject < 0 && IsPassive(frame.Predicate)
            && _rules.Context.UnseenPerpetratorSector(match.Pattern.Cameo) is { } unseen)
            sources = [new EventActor("", unseen, null, unseen, null, -1, -1, "unseen-perpetrator")];
        return (sources, passive, ownForces, impliedSource);
    }

    // The events of each source and target pair, under the code the modality gives.
    private List<CodedEvent> Emit(PredicateFrame frame, PatternMatch match, List<EventActor?> sources, List<EventActor?> targets, bool petrarch,
        bool mutual, Places.PlaceMention? place)
    {
        // An announced act of material conflict is coded as the threat it implies ("China will retaliate"); PETRARCH
        // patterns code the act as written, as PETRARCH does.
        var threat = frame.Modality == Modality.Intended && !petrarch ? _rules.Intended.ThreatFor(match.Pattern.Cameo) : null;
        var cameoCode = threat ?? match.Pattern.Cameo;
        var code = _cameo.Find(cameoCode) ?? throw new InvalidOperationException($"pattern {match.Pattern.Id} has unknown code {cameoCode}");
        var events = new List<CodedEvent>();
        var split = petrarch && Linear?.Invoke(match.Pattern) == true;
        foreach (var (s, t) in Pairs(sources, targets, mutual || petrarch || (_rules.Reciprocal.Contains(code.Code) && !Distributive(frame.Predicate, code.Code))))
            foreach (var member in Members(s, split))
                foreach (var other in Members(t, split))
                    events.Add(Build(frame, match, code, member, other, place));
        _coreference.Saw(events.SelectMany(e => new[] { e.Source, e.Target }));
        return events;
    }

    // "Thousands of people marched in Tbilisi": civilians who protest are the protesters (GEOCVL → GEOOPP).
    private EventActor? AsProtester(EventActor? source, string cameo)
    {
        if (source is not { Sector: { } sector } || source.Code != source.Country + sector
            || _rules.Context.ProtesterSector(cameo, sector) is not { } to || to == sector)
            return source;
        return source with { Code = source.Country + to, Sector = to, Via = source.Via + "+protester" };
    }

    // Every source with every target, skipping an actor paired with itself. With conjoined sources, no target and
    // a reciprocal act ("Serbia and Kosovo met"), each ordered pair of distinct conjuncts.
    private static IEnumerable<(EventActor? Source, EventActor? Target)> Pairs(List<EventActor?> sources, List<EventActor?> targets, bool reciprocalAct)
    {
        var reciprocal = reciprocalAct && targets is [null] && sources.Count > 1;
        foreach (var s in sources)
            foreach (var t in reciprocal ? sources : targets)
                if (s is null || t is null || Key(s) != Key(t))
                    yield return (s, t);
    }

    // "The banks and the donors have all expressed interest": a floating quantifier on the act (data/coding/reciprocal.txt)
    // makes each conjoined source act on its own.
    private bool Distributive(int predicate, string cameo) =>
        _index.AnyChild(predicate, c => Rel(c) == "advmod" && _rules.Reciprocal.IsDistributive(Word(c).ToLowerInvariant(), cameo));

    private static string Key(EventActor a) => a.Code ?? a.Text;

    private bool IsPassive(int verb) => _index.AnyChild(verb, c => _doc.Strings[_doc.Tokens[c].DepRel] == "aux:pass");

    private int SubjectOf(int verb)
    {
        foreach (var c in _index.Children(verb))
            if (_doc.Strings[_doc.Tokens[c].DepRel] == "nsubj")
                return c;
        return -1;
    }
}
