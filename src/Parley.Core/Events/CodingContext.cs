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

    public CodingContext(Document doc, IReadOnlyList<ActorMention> mentions, DateResolver dates, CameoCatalog cameo, PloverCatalog plover, CodingRules rules, ActorDictionary? dictionary)
    {
        _rules = rules;
        _doc = doc;
        _index = new DocumentIndex(doc, mentions);
        _actors = new ActorLocator(doc, mentions, _index, dictionary);
        _dictionary = dictionary;
        _mentions = mentions;
        _coreference = new Coreference(doc, mentions, _index, rules.Coreference);
        _circumstances = new EventCircumstances(doc, dates);
        _cameo = cameo;
        _plover = plover;
    }

    public List<CodedEvent> Make(PredicateFrame frame, PatternMatch match, bool keepSourceless)
    {
        var petrarch = WideTarget?.Invoke(match.Pattern) == true;
        var sources = petrarch ? PetrarchSources(frame) : Actors(frame.Subject);
        if (sources.Count == 0 && !keepSourceless)
            return [];
        // A definite description in the target ("sanctions on the regime") is never the source's own state.
        var sourceCountries = sources.OfType<EventActor>().Select(a => a.Country).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var targets = Actors(frame.TokenOf(match.Target), sourceCountries);
        if (targets.Count == 0)
            targets = FallbackTarget(frame, sources);
        if (petrarch)
            (sources, targets) = PetrarchRoles(frame, sources, PetrarchTargets(frame, sources, targets));
        if (sources.Count == 0)
            sources.Add(null);
        if (targets.Count == 0)
            targets.Add(null);
        // An announced act of material conflict is coded as the threat it implies ("China will retaliate"); PETRARCH
        // patterns code the act as written, as PETRARCH does.
        var threat = frame.Modality == Modality.Intended && !petrarch ? _rules.Intended.ThreatFor(match.Pattern.Cameo) : null;
        var cameoCode = threat ?? match.Pattern.Cameo;
        var code = _cameo.Find(cameoCode) ?? throw new InvalidOperationException($"pattern {match.Pattern.Id} has unknown code {cameoCode}");
        var events = new List<CodedEvent>();
        foreach (var (s, t) in Pairs(sources, targets, petrarch || _rules.Reciprocal.Contains(code.Code)))
            events.Add(Build(frame, match, code, s, t));
        _coreference.Saw(events.SelectMany(e => new[] { e.Source, e.Target }));
        return events;
    }

    private CodedEvent Build(PredicateFrame frame, PatternMatch match, CameoCode code, EventActor? source, EventActor? target)
    {
        var sentence = _doc.Sentence(frame.Sentence);
        var predicate = _doc.Tokens[frame.Predicate];
        var date = _circumstances.Date(frame);
        if (date.Mention is not null && date.Date is { } when)
            (source, target) = (AtEventDate(source, Middle(when)), AtEventDate(target, Middle(when)));
        var place = _circumstances.Place(frame, code.Code);
        // A meeting in a country that is neither side's is CAMEO 044, "meet at a third location".
        if (code.Code == "040" && place?.Country is { } where && source?.Country is { } a && target?.Country is { } b && where != a && where != b
            && _cameo.Find("044") is { } third)
            code = third;
        var quote = _circumstances.Quote(frame, source, t => Actors(t));
        var mapping = _plover.Map(code.Code);
        var spans = new List<EvidenceSpan>();
        AddSpan(spans, "source", source?.Start, source?.End);
        AddSpan(spans, "target", target?.Start, target?.End);
        AddSpan(spans, "predicate", predicate.Start, predicate.End);
        AddSpan(spans, "date", date.Mention?.Start, date.Mention?.End);
        AddSpan(spans, "location", place?.Start, place?.End);
        AddSpan(spans, "quote", quote?.Start, quote?.End);
        return new CodedEvent
        {
            Id = EventIds.Make(_doc.Metadata.Id, frame.Sentence, predicate.Start, source?.Code ?? source?.Text, target?.Code ?? target?.Text, code.Code),
            DocId = _doc.Metadata.Id,
            Sentence = frame.Sentence,
            Date = date.Date,
            DateText = date.Mention?.Text,
            DateSource = date.Mention is null ? "publication" : "text",
            Source = source,
            Target = target,
            Cameo = code.Code,
            CameoRoot = code.Root,
            CameoName = code.Name,
            Goldstein = code.Goldstein,
            QuadClass = code.QuadClass,
            Plover = new PloverCoding(mapping?.Event, mapping?.Mode, mapping?.Contexts ?? []),
            Modality = frame.Modality == Modality.Negated ? Modality.Asserted : frame.Modality,
            Location = place,
            Quote = quote,
            EvidenceText = sentence.Text,
            Spans = spans,
            Rule = match.Pattern.Id + (code.Code == match.Pattern.Cameo ? "" : code.Code == "044" ? "+third-location" : "+intended"),
            ReportedBy = frame.SpeechVerb >= 0 ? Actors(SubjectOf(frame.SpeechVerb)).FirstOrDefault() : null,
            PredicateStart = predicate.Start,
        };
    }

    private static readonly string[] TargetPrepositions = ["against", "on", "to", "with", "toward", "towards", "at", "over", "for"];

    // When the pattern's target slot names no actor (or there is none): the first argument that names an actor
    // other than the source — the controlled verb's object or its prepositional target ("agreed to provide
    // guarantees to North Korea"), then the predicate's own ("sent air-defence systems to Ukraine").
    private List<EventActor?> FallbackTarget(PredicateFrame frame, List<EventActor?> sources)
    {
        var f = frame.Frame;
        var candidates = new List<FrameArgument?> { f.Xcomp?.Object };
        candidates.AddRange(TargetArguments(f.Xcomp?.Prepositions ?? []));
        candidates.Add(f.Object);
        candidates.AddRange(TargetArguments(f.Prepositions));
        var tokens = candidates.Select(frame.TokenOf).Where(t => t >= 0).ToList();
        // Then a target phrase one level down ("a round of sanctions on the regime").
        tokens.AddRange(frame.Arguments.Values.Order().SelectMany(NestedTargets));
        var sourceKeys = sources.OfType<EventActor>().Select(Key).ToHashSet();
        var sourceCountries = sources.OfType<EventActor>().Select(a => a.Country).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            var actors = Actors(token, sourceCountries.Count > 0 ? sourceCountries : null).Where(a => a is not null && !sourceKeys.Contains(Key(a))).ToList();
            if (actors.Count > 0)
                return actors;
        }
        return [];
    }

    // The nominal modifiers of an argument introduced by a target preposition.
    private IEnumerable<int> NestedTargets(int argument)
    {
        foreach (var c in _index.Children(argument).ToArray())
            if (_doc.Strings[_doc.Tokens[c].DepRel] == "nmod" && _index.Children(c).ToArray().Any(k =>
                    _doc.Strings[_doc.Tokens[k].DepRel] == "case" && TargetPrepositions.Contains(_doc.Text.Substring(_doc.Tokens[k].Start, _doc.Tokens[k].Length).ToLowerInvariant())))
                yield return c;
    }

    private static IEnumerable<FrameArgument> TargetArguments(IEnumerable<PrepositionalArgument> preps) =>
        preps.Where(p => TargetPrepositions.Contains(p.Preposition)).OrderBy(p => Array.IndexOf(TargetPrepositions, p.Preposition)).Select(p => p.Argument);

    // The middle day of a partial date ("in 2017" → 2017-07-02): the role held for most of the period.
    private static DateOnly Middle(Dates.PartialDate date) => date.Start.AddDays((date.End.DayNumber - date.Start.DayNumber) / 2);

    // Mentions are coded for the publication date; a person's role is chosen again for a date the text gives
    // ("in 2014, Trump …": a businessman, not the president).
    private EventActor? AtEventDate(EventActor? actor, DateOnly when)
    {
        if (actor?.Name is not { } name || _dictionary?.FindPerson(name) is not { } person || when == _doc.Metadata.PublicationDate)
            return actor;
        if (_dictionary.Resolve(person, when) is not { } role)
            return actor with { Code = null, Country = null, Sector = null, Via = actor.Via + "+no-role-at-event-date" };
        if (role.Code == actor.Code)
            return actor;
        var (country, sector) = _dictionary.Split(role.Code);
        return actor with { Code = role.Code, Country = country, Sector = sector, Via = actor.Via + "+event-date" };
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

    private static string Key(EventActor a) => a.Code ?? a.Text;

    private static void AddSpan(List<EvidenceSpan> spans, string role, int? start, int? end)
    {
        if (start is { } s && end is { } e)
            spans.Add(new EvidenceSpan(role, s, e));
    }

    /// <summary>The actors of the phrase headed by <paramref name="token"/>, via coreference when it is anaphoric.</summary>
    public List<EventActor?> Actors(int token, IReadOnlySet<string>? notCountries = null)
    {
        if (token < 0)
            return [];
        var found = _actors.Find(token);
        // A bare role noun without a country ("the president", "the regime") is better read as a reference to
        // someone named before: resolve it at the role noun itself.
        var countryless = found.Count > 0 && found.All(m => m.Country is null && m.Kind == ActorEntryKind.Agent);
        if (found.Count > 0 && !countryless)
            return [.. found.Select(m => (EventActor?)ToActor(m, ""))];
        var anaphor = countryless ? found[0].EndToken - 1 : token;
        var resolved = ReferenceLookup.Find(_doc, anaphor, notCountries) ?? _coreference.Resolve(anaphor, notCountries);
        if (resolved.Count == 0)
            return [.. found.Select(m => (EventActor?)WithPlaceCountry(ToActor(m, ""), m, token))];
        var (start, end) = PhraseSpan(anaphor);
        var text = _doc.Text[start..end];
        return [.. resolved.Select(r => r.Actor is { } a
            ? a with { Text = text, Start = start, End = end, Via = a.Via + "+coreference" }
            : ToActor(r.Mention!, "coreference") with { Text = text, Start = start, End = end })];
    }

    // An agent coded by its sector alone ("security forces" MIL, "police" COP; not "UN investigators") takes the country of the place its sentence names
    // ("in Khartoum" → SDN): the context a reader uses.
    private EventActor WithPlaceCountry(EventActor actor, ActorMention m, int token)
    {
        if (m.Country is not null || m.Kind != ActorEntryKind.Agent || actor.Code is not { Length: 3 })
            return actor;
        var sentence = SentenceOf(token);
        var place = (_doc.GetLayer<Places.PlaceMentions>()?.Items ?? []).FirstOrDefault(p =>
            p.FirstToken >= sentence.FirstToken && p.FirstToken < sentence.EndToken && p.Place.Country is not null);
        return place is null ? actor : actor with { Code = place.Place.Country + actor.Code, Country = place.Place.Country, Via = actor.Via + "+place-country" };
    }

    private SentenceData SentenceOf(int token) => _doc.Sentences[_index.SentenceOf(token)];

    private static EventActor ToActor(ActorMention m, string via) =>
        new(m.Text, m.Code, m.Country, m.Sector, m.Name, m.Start, m.End, via.Length == 0 ? m.Rule : $"{m.Rule}+{via}");

    private int SubjectOf(int verb)
    {
        foreach (var c in _index.Children(verb))
            if (_doc.Strings[_doc.Tokens[c].DepRel] == "nsubj")
                return c;
        return -1;
    }

    // A pronoun, or a definite description with its determiners and adjectives ("the communist country").
    private (int Start, int End) PhraseSpan(int token)
    {
        var first = token;
        for (var i = token - 1; i >= 0 && _doc.Tokens[i].Head == token && IsModifier(i); i--)
            first = i;
        return (_doc.Tokens[first].Start, _doc.Tokens[token].End);
    }

    private bool IsModifier(int t) => _doc.Strings[_doc.Tokens[t].DepRel] is "det" or "amod" or "nummod" or "compound" or "det:predet";
}
