using Parley.Actors;
using Parley.Documents;
using Parley.Frames;

namespace Parley.Events;

/// <summary>The coder's actor lookups: mentions of a phrase, coreference, and the country or sector context gives them.</summary>
internal sealed partial class CodingContext
{
    /// <summary>The actors of the phrase headed by <paramref name="token"/>, via coreference when it is anaphoric.</summary>
    /// <remarks>An agent without a country takes that of a place in its sentence, else <paramref name="home"/>.</remarks>
    public List<EventActor?> Actors(int token, IReadOnlySet<string>? notCountries = null, string? home = null)
    {
        if (token < 0)
            return [];
        var found = _actors.Find(token);
        // A bare role noun without a country ("the president", "the regime") is better read as a reference to
        // someone named before: resolve it at the role noun itself.
        var countryless = found.Count > 0 && found.All(m => m.Country is null && m.Kind == ActorEntryKind.Agent);
        if (found.Count > 0 && !countryless)
            return [.. found.Select(m => (EventActor?)AsFormer(ToActor(m, ""), m))];
        if (countryless && OwnedByUnknownName(found[0]))
            return [];
        var anaphor = countryless ? found[0].EndToken - 1 : token;
        if (countryless && (PairOf(found[0], anaphor) ?? OwnerPair(found[0], anaphor)) is { } pair)
            return pair.Count == 2 ? pair : [ToActor(found[0], "unresolved-pair")];
        if (found.Count == 0 && PairNamed(token) is { Count: 2 } countries)
            return countries;
        if (found.Count == 0 && MembersPossessor(token) is >= 0 and var owner)
            return Actors(owner, notCountries, home);
        var resolved = ReferenceLookup.Find(_doc, anaphor, notCountries) ?? _coreference.Resolve(anaphor, notCountries);
        if (resolved.Count == 0)
            return [.. found.Select(m => (EventActor?)(IsForeign(m) ? ToActor(m, "foreign")
                : WithHomeCountry(WithPlaceCountry(WithPossessorCountry(ToActor(m, ""), m), m, token), m, home))).SelectMany(a => OwnerCountries(a!, found))];
        var (start, end) = PhraseSpan(anaphor);
        var text = _doc.Text[start..end];
        return [.. resolved.Select(r => r.Actor is { } a
            ? a with { Text = text, Start = start, End = end, Via = a.Via + "+coreference" }
            : ToActor(r.Mention!, "coreference") with { Text = text, Start = start, End = end, Name = StateName(r.Mention!) })];
    }

    // "Both countries" after "Trump … North Korea": a person antecedent that stands for its state (country code, no
    // sector) is named by its country, not by the person.
    private string? StateName(ActorMention m) =>
        m.Kind == ActorEntryKind.Person && m.Country is { } c && m.Code == c ? _dictionary?.CountryName(c) ?? m.Name : m.Name;

    // "the former Peruvian minister": an agent whose adjective before the mention says the role is past (PERGOV → PERELI).
    private EventActor AsFormer(EventActor actor, ActorMention m)
    {
        if (actor.Country is not { } country || actor.Code != country + actor.Sector)
            return actor;
        foreach (var c in _index.Children(m.EndToken - 1))
            if (c < m.FirstToken && _doc.Strings[_doc.Tokens[c].DepRel] == "amod"
                && _rules.Context.FormerSector(actor.Sector, Lemma(c)) is { } to)
                return actor with { Code = country + to, Sector = to, Via = actor.Via + "+former" };
        return actor;
    }

    // "foreign journalists", "foreign aid agencies": an agent its own adjective says is from elsewhere.
    private bool IsForeign(ActorMention m) =>
        m.Kind == ActorEntryKind.Agent && _index.AnyChild(m.EndToken - 1, c => _doc.Strings[_doc.Tokens[c].DepRel] == "amod"
            && _rules.Grammar.ForeignAdjectives.Contains(Lemma(c)));

    // "The government of Mali", "the leaders of Serbia and Kosovo": the countries named in the agent's own phrase,
    // one actor each, before any country taken from a place or the other side; a coded party with a country in an
    // "of" phrase ("a delegation of Taliban officials") is the agent itself.
    private IEnumerable<EventActor?> OwnerCountries(EventActor actor, List<ActorMention> found)
    {
        var m = found.FirstOrDefault(f => f.Start == actor.Start && f.End == actor.End);
        if (m is null || m.Country is not null || m.Kind != ActorEntryKind.Agent || m.Code is not { Length: 3 } sector || _rules.Context.KeepsNoCountry(sector))
            return [actor];
        var owners = new List<EventActor?>();
        foreach (var c in _index.Children(m.EndToken - 1))
            if (_doc.Strings[_doc.Tokens[c].DepRel] == "nmod")
                foreach (var k in ConjunctsOf(c))
                    if (_actors.Covering(k) is { Country: { } country, Kind: ActorEntryKind.Country or ActorEntryKind.Capital })
                        owners.Add(actor with { Code = country + sector, Country = country, Sector = sector, Via = m.Rule + "+of-country" });
                    // "a delegation of Taliban officials", "the leaders of Hamas": a group of a coded party is that party;
                    // so is who speaks for it ("a spokesman for the Saudi embassy").
                    else if (CaseOf(c) is "of" or "for" && _actors.Covering(k) is { Country: { } owner, Code: { } code } member)
                        owners.Add(actor with { Code = code, Country = owner, Sector = member.Sector, Name = member.Name, Via = m.Rule + "+of-members" });
        // Whom an agent speaks for or belongs to outranks a place it is at ("a spokesman for the Saudi embassy in London").
        if (owners.Any(o => o!.Via.EndsWith("+of-members", StringComparison.Ordinal)))
            owners.RemoveAll(o => !o!.Via.EndsWith("+of-members", StringComparison.Ordinal));
        return owners.Count > 0 ? owners.DistinctBy(o => o!.Code) : [actor];
    }

    private IEnumerable<int> ConjunctsOf(int t)
    {
        yield return t;
        foreach (var c in _index.Children(t).ToArray())
            if (_doc.Strings[_doc.Tokens[c].DepRel] == "conj")
                yield return c;
    }

    // A source named by its country alone acts through the forces it moves: "Kenya deployed riot police" → KENCOP,
    // "China sent aircraft carriers" → CHNMIL.
    private EventActor? ThroughForces(EventActor? source, PredicateFrame frame, string sector)
    {
        if (source is not { Sector: null, Country: { } country } || source.Code != country)
            return source;
        var forces = _actors.Find(frame.TokenOf(frame.Frame.Object)).FirstOrDefault(m =>
            m.Kind == ActorEntryKind.Agent && m.Sector is { Length: 3 } && (m.Country is null || m.Country == country));
        var own = forces?.Sector ?? sector;
        return source with { Code = country + own, Sector = own, Via = source.Via + "+own-forces" };
    }

    private SentenceData SentenceOf(int token) => _doc.Sentences[_index.SentenceOf(token)];

    private static EventActor ToActor(ActorMention m, string via) =>
        new(m.Text, m.Code, m.Country, m.Sector, m.Name, m.Start, m.End, via.Length == 0 ? m.Rule : $"{m.Rule}+{via}");

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
