using Parley.Actors;
using Parley.Documents;
using Parley.Places;

namespace Parley.Events;

/// <summary>
/// How an agent whose words name no country ("the authorities", "rebel fighters", "both armies") takes one from its
/// context, as data/coding/context.txt lays down: a place where its event happens, the other party of the event, the
/// earlier sentences of the document (pair groups: CodingContext.Pairs.cs). Each actor so coded says
/// where its country came from (<see cref="EventActor.CountryFrom"/>).
/// </summary>
internal sealed partial class CodingContext
{
    // An agent coded by its sector alone ("security forces" MIL, "police" COP; not "UN investigators") takes the country
    // of the place where its event happens ("in Khartoum" → SDN), not of one it goes to ("deployed to Mali").
    private EventActor WithPlaceCountry(EventActor actor, ActorMention m, int token)
    {
        if (m.Country is not null || m.Kind != ActorEntryKind.Agent || actor.Code is not { Length: 3 } || _rules.Context.KeepsNoCountry(actor.Code))
            return actor;
        var number = _index.SentenceOf(token);
        var sentence = _doc.Sentences[number];
        var place = PlacesIn(number).FirstOrDefault(p => p.FirstToken >= sentence.FirstToken && p.FirstToken < sentence.EndToken && p.Place.Country is not null
            && !IsDestination(p) && !IsAgentOfPlace(p, m.EndToken - 1));
        if (place is not null)
            return WithCountry(actor, place.Place.Country!, $"country from place '{place.Text}' ({place.Place.Country})", "place-country");
        return LocatedCountry(number) is { } named
            ? WithCountry(actor, named.Country!, $"country from place '{named.Text}' ({named.Country})", "place-country") : actor;
    }

    // "its warplanes", "their troops", "the country's bishops": an agent whose possessive pronoun or definite description
    // stands for an actor takes that actor's country ("Turkey's defence ministry said its warplanes struck … in northern
    // Iraq" → TURMIL), before any place's.
    private EventActor WithPossessorCountry(EventActor actor, ActorMention m)
    {
        if (m.Country is not null || m.Kind != ActorEntryKind.Agent || actor.Code is not { Length: 3 } || _rules.Context.KeepsNoCountry(actor.Code))
            return actor;
        var poss = _index.FirstChild(m.EndToken - 1, c => _doc.Strings[_doc.Tokens[c].DepRel] == "nmod:poss"
            && _doc.Tokens[c].Upos is Upos.PRON or Upos.NOUN or Upos.PROPN);
        if (poss < 0)
            return WithLeaderCountry(actor, m);
        // A named possessor the matcher did not join to the agent ("Cambodia's labour ministry") is its own mention.
        var country = _doc.Tokens[poss].Upos == Upos.PROPN ? _actors.Covering(poss)?.Country
            : (ReferenceLookup.Find(_doc, poss, null) ?? _coreference.Resolve(poss)).Select(r => r.Actor?.Country ?? r.Mention?.Country).FirstOrDefault(c => c is not null);
        var word = Word(poss);
        return country is null ? actor : WithCountry(actor, country, $"country from the possessor '{word}' ({country})", "possessor-country");
    }

    // "a delegation led by Vietnam's deputy prime minister", "Saudi-led forces": a group whose leading participle (grammar.txt
    // lead) names its leader takes the leader's country.
    private EventActor WithLeaderCountry(EventActor actor, ActorMention m)
    {
        var head = m.EndToken - 1;
        foreach (var acl in _index.Children(head))
        {
            if (Rel(acl) != "acl" || !_rules.Grammar.LeadVerbs.Contains(Lemma(acl)))
                continue;
            var by = _index.FirstChild(acl, c => Rel(c) == "obl:agent" || (Rel(c) == "obl" && CaseOf(c) == "by"));
            if (by >= 0 && _actors.Find(by).Select(l => l.Country).FirstOrDefault(c => c is not null) is { } country)
                return WithCountry(actor, country, $"country from its leader ({country})", "leader-country");
        }
        // "Saudi-led coalition forces": the leader named before a hyphenated leading participle.
        foreach (var led in _index.Children(head))
            if (Rel(led) == "amod" && _rules.Grammar.LeadVerbs.Contains(Lemma(led)))
                foreach (var leader in _index.Children(led))
                    if (leader < led && (_actors.Covering(leader)?.Country ?? _actors.AdjectiveCountry(leader)) is { } country)
                        return WithCountry(actor, country, $"country from its leader ({country})", "leader-country");
        return actor;
    }

    // "deployed to Mali": a place after a destination preposition that belongs to the verb ("highways into Brussels",
    // "access to El Fasher" are where the act happens).
    private bool IsDestination(PlaceMention p) =>
        p.Preposition is { } word && _rules.Context.Destinations.Contains(word) && _doc.Tokens[p.EndToken - 1].Head is >= 0 and var h
        && _doc.Tokens[h].Upos == Upos.VERB;

    // The implied source of an act naming no agent (data/coding/context.txt implied-source): the sector's actor of the
    // country of the place where it happens; null when the act implies none or no place gives a country.
    private EventActor? ImpliedSource(Frames.PredicateFrame frame, string cameo)
    {
        if (_rules.Context.ImpliedSourceSector(cameo) is not { } sector)
            return null;
        var sentence = _doc.Sentences[frame.Sentence];
        var place = PlacesIn(frame.Sentence).FirstOrDefault(p => p.FirstToken >= sentence.FirstToken && p.FirstToken < sentence.EndToken && p.Place.Country is not null && !IsDestination(p));
        return place?.Place.Country is not { } country ? null
            : new EventActor("", country + sector, country, sector, null, -1, -1, "implied-source") { CountryFrom = $"country from place '{place.Text}' ({country})" };
    }

    // "flew food to Gaza", "strikes on Kharkiv", "operations in the north of Gaza": a target slot naming no actor but a
    // place of another country than the source's is that country (a city stands for its country, as a capital does).
    private EventActor? PlaceTarget(int slot, HashSet<string> sourceCountries)
    {
        if (slot < 0)
            return null;
        var tokens = _index.Children(slot).ToArray().Where(c => Rel(c) == "nmod" && CaseOf(c) == "of").Prepend(slot).ToArray();
        // A place holding one of the tokens touches that token's sentence.
        var candidates = tokens.All(t => _index.SentenceOf(t) == _index.SentenceOf(slot)) ? PlacesIn(_index.SentenceOf(slot)) : Places;
        var place = candidates.FirstOrDefault(p => tokens.Any(t => t >= p.FirstToken && t < p.EndToken) && p.Place.Country is { } c && !sourceCountries.Contains(c));
        return place?.Place.Country is not { } country ? null
            : new EventActor(place.Text, country, country, null, null, place.Start, place.End, "place-target") { CountryFrom = $"country of place '{place.Text}' ({country})" };
    }

    private IReadOnlyList<PlaceMention> Places => _doc.GetLayer<PlaceMentions>()?.Items ?? [];

    // The places, and the actor mentions, with a token in a sentence, in list order (a superset of those inside it).
    private IReadOnlyList<PlaceMention> PlacesIn(int sentence) =>
        (_placesBySentence ??= new SentenceBuckets<PlaceMention>(Places, p => (p.FirstToken, p.EndToken), _index)).Of(sentence);

    private IReadOnlyList<ActorMention> MentionsIn(int sentence) =>
        (_mentionsBySentence ??= new SentenceBuckets<ActorMention>(_mentions, m => (m.FirstToken, m.EndToken), _index)).Of(sentence);

    // A country named after a locative preposition ("in the Central African Republic") when the gazetteer found no place.
    private ActorMention? LocatedCountry(int number)
    {
        var sentence = _doc.Sentences[number];
        return MentionsIn(number).FirstOrDefault(c => c.FirstToken >= sentence.FirstToken && c.EndToken <= sentence.EndToken && c.Country is not null
            && c.Kind is ActorEntryKind.Country && HasLocativeCase(c.EndToken - 1));
    }

    // An agent without a country in a target takes the source's: "the main opposition party" banned by the
    // Nicaraguan government is Nicaragua's.
    private EventActor WithHomeCountry(EventActor actor, ActorMention m, string? home)
    {
        if (home is null || actor.Country is not null || m.Kind != ActorEntryKind.Agent || actor.Code is not { Length: 3 } || _rules.Context.KeepsNoCountry(actor.Code))
            return actor;
        return WithCountry(actor, home, $"country from the source ({home})", "source-country");
    }

    // After the sentence: a domestic source takes the other party's country when that party is a domestic actor of one
    // known country ("the opposition demanded the resignation of the Serbian prime minister" → SRBOPP); what is still
    // without a country takes the document's when the earlier sentences name one country and this one names none.
    private (List<EventActor?> Sources, List<EventActor?> Targets) InContext(List<EventActor?> sources, List<EventActor?> targets, int sentence)
    {
        sources = FromOtherSide(sources, targets);
        // "Negotiations between the Philippine government and communist rebels": with no target, a conjoined
        // source's country-less member takes the country of its one domestic partner.
        if (targets.Count == 0 && sources.Count > 1)
            sources = FromOtherSide(sources, sources);
        if (!sources.Concat(targets).Any(IsCountryless) || NamesCountry(sentence) || DocumentCountry(sentence) is not { } doc)
            return (sources, targets);
        EventActor? Take(EventActor? a) => IsCountryless(a) ? WithCountry(a!, doc.Country, doc.From, "document-country") : a;
        return ([.. sources.Select(Take)], [.. targets.Select(Take)]);
    }

    private List<EventActor?> FromOtherSide(List<EventActor?> actors, List<EventActor?> others)
    {
        var domestic = others.OfType<EventActor>().Where(o => o is { Country: not null, Sector: { } s } && _rules.Context.Domestic.Contains(s))
            .DistinctBy(o => o.Country).ToList();
        if (domestic is not [var other])
            return actors;
        return [.. actors.Select(a => IsCountryless(a) && _rules.Context.Domestic.Contains(a!.Sector!)
            ? WithCountry(a, other.Country!, $"country from the other side '{other.Text}' ({other.Country})", "other-side-country") : a)];
    }

    // The country of the latest earlier sentence (within the window) that names any, when it names exactly one.
    private (string Country, string From)? DocumentCountry(int sentence)
    {
        for (var s = sentence - 1; s >= 0 && s >= sentence - _rules.Context.DocumentWindow; s--)
        {
            var named = CountriesNamed(s, s + 1).ToList();
            if (named.Count > 0)
                return named.Select(n => n.Country).Distinct().Count() == 1 ? named[0] : null;
        }
        return null;
    }

    private bool NamesCountry(int sentence) => CountriesNamed(sentence, 0).Any();

    private IEnumerable<(string Country, string From)> CountriesNamed(int index, int number)
    {
        var sentence = _doc.Sentences[index];
        foreach (var m in MentionsIn(index))
            if (m.FirstToken >= sentence.FirstToken && m.EndToken <= sentence.EndToken && m is { Country: { } c, Code: not null })
                yield return (c, $"country from sentence {number} actor '{m.Text}'");
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            if (_actors.AdjectiveCountry(t) is { } c)
                yield return (c, $"country from sentence {number} actor '{Word(t)}'");
        foreach (var p in PlacesIn(index))
            if (p.FirstToken >= sentence.FirstToken && p.EndToken <= sentence.EndToken && p.Place.Country is { } c)
                yield return (c, $"country from sentence {number} place '{p.Text}' ({c})");
    }

    private bool IsCountryless(EventActor? a) =>
        a is { Country: null, Sector: { Length: 3 } s } && a.Code == s && !_rules.Context.KeepsNoCountry(s) 
        && !a.Via.EndsWith("+foreign", StringComparison.Ordinal) && !a.Via.EndsWith("+unresolved-pair", StringComparison.Ordinal);

    private static EventActor WithCountry(EventActor a, string country, string from, string via) =>
        a with { Code = country + a.Code, Country = country, Via = a.Via + "+" + via, CountryFrom = from };
}
