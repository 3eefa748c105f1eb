using Parley.Documents;
using Parley.Frames;
using Parley.Places;

namespace Parley.Events;

/// <summary>
/// Places that are parties (data/coding/context.txt place-target): an act on a city, region or other gazetteer place
/// that names no actor ("Russian forces shelled Kharkiv") targets the place's country and happens there.
/// </summary>
internal sealed partial class CodingContext
{
    // The country of the place the act is done to, as a target (none when it is the source's), with the place; null when the act takes no place
    // target or none of its arguments names a place with a country. Actors inside a longer place name ("Khan" in
    // "Khan Younis") give way to the place.
    private (EventActor? Actor, PlaceMention Place)? PlaceTarget(PredicateFrame frame, int slot, string cameo, List<EventActor?> targets, IReadOnlySet<string> sourceCountries)
    {
        var relations = _rules.Context.PlaceTargetRelations(cameo);
        if (relations.Count == 0)
            return null;
        var sentence = _doc.Sentences[frame.Sentence];
        var objects = new[] { slot, frame.TokenOf(frame.Frame.Object) }.Where(t => t >= 0).ToHashSet();
        // Actors named in the act's object ("killed civilians in Nigeria") are its target, not the place.
        var named = objects.SelectMany(t => _actors.Find(t)).Select(m => (m.Start, m.End))
            .Concat(targets.OfType<EventActor>().Select(t => (t.Start, t.End))).ToList();
        foreach (var p in PlacesIn(frame.Sentence))
        {
            if (p.Place.Country is not { } country || p.FirstToken < sentence.FirstToken || p.EndToken > sentence.EndToken
                || !named.All(t => t.Start >= p.Start && t.End <= p.End && t.End - t.Start < p.End - p.Start)
                || !IsTargetedPlace(p, frame.Predicate, objects, relations))
                continue;
            // "Syrian aircraft bombed Aleppo": a place of the source's own country is only where the act happens; a
            // holder of the place ("the rebel-held suburb of Douma") is the target, of the place's country.
            var from = $"country from place '{p.Text}' ({country})";
            var actor = Holder(objects) is { } holder ? (holder.Country is null ? WithCountry(holder, country, from, "place-country") : holder)
                : sourceCountries.Contains(country) ? null
                : new EventActor(p.Text, country, country, null, null, p.Start, p.End, "place-target") { CountryFrom = from };
            return (actor, p);
        }
        return null;
    }

    // "object": the place is (in) the act's object or target phrase, or its argument with no preposition; "located":
    // the place follows a locative preposition in the phrase of an act that has an object; a preposition: the place
    // follows it in the act's phrase ("flew near Alaska").
    private bool IsTargetedPlace(PlaceMention p, int predicate, HashSet<int> objects, IReadOnlyList<string> relations)
    {
        if (p.Preposition is { } prep && relations.Contains(prep))
            return InPhraseOf(predicate, p.EndToken - 1);
        // "located": the act's object names no actor and the place is where it is ("shelled Kurdish villages in northern Syria").
        if (p.Preposition is { } at && relations.Contains("located") && _rules.Grammar.Locatives.Contains(at) && objects.Count > 0)
            return InPhraseOf(predicate, p.EndToken - 1);
        if (!relations.Contains("object"))
            return false;
        for (var x = p.EndToken - 1; x >= 0; x = _doc.Tokens[x].Head)
        {
            if (objects.Contains(x))
                return true;
            var head = _doc.Tokens[x].Head;
            if (head == predicate)
                return p.Preposition is null && Rel(x) is "obj" or "nsubj:pass" or "nmod";
            if (head < 0 || (_doc.Tokens[head].Upos == Upos.VERB))
                return false;
        }
        return false;
    }

    // True when token t lies in the predicate's phrase: its head chain reaches the predicate through no other verb.
    private bool InPhraseOf(int predicate, int t)
    {
        for (var x = t; x >= 0; x = _doc.Tokens[x].Head)
        {
            if (x == predicate)
                return true;
            if (x != t && _doc.Tokens[x].Upos == Upos.VERB)
                return false;
        }
        return false;
    }

    // A place named as the object of an act is where the act lands, not where its agent comes from: the subject of
    // the verb over it takes no country from it ("Troops shelled Kharkiv").
    private bool IsAgentOfPlace(PlaceMention p, int token)
    {
        if (p.Preposition is not null || !Rel(token).StartsWith("nsubj", StringComparison.Ordinal) || HasLocativeCase(p.EndToken - 1))
            return false;
        // A place in the agent's own phrase is its home ("the rebels of Mindanao attacked …").
        var x = _doc.Tokens[p.EndToken - 1].Head;
        while (x >= 0 && x != token && _doc.Tokens[x].Upos != Upos.VERB)
            x = _doc.Tokens[x].Head;
        return x >= 0 && x != token && x == _doc.Tokens[token].Head;
    }

    // A place whose head has a locative preposition of its own ("in South Kivu", when the place finder named none) is
    // where the act happens, not its object.
    private bool HasLocativeCase(int head) =>
        _index.AnyChild(head, c => Rel(c) == "case"
            && _rules.Grammar.Locatives.Contains(Word(c).ToLowerInvariant()));

    // "The rebel-held suburb", "a town controlled by militants": an object naming no actor, with a participle of
    // holding (data/coding/context.txt held-by) whose agent names one, is that holder's.
    private EventActor? Holder(IEnumerable<int> objects)
    {
        foreach (var noun in objects.Where(t => t >= 0))
            foreach (var c in _index.Children(noun))
                if (Rel(c) is "amod" or "acl" && _rules.Context.HeldBy.Contains(Lemma(c)))
                    foreach (var k in _index.Children(c))
                        if (Rel(k) is "compound" or "obl:agent" or "obl" or "nsubj" && HolderAt(k, c) is { } holder)
                            return holder;
        return null;
    }

    // The actor a holder word names: a mention there ("held by rebels"), else its dictionary entry ("rebel-held").
    private EventActor? HolderAt(int k, int participle)
    {
        var (start, end) = (_doc.Tokens[Math.Min(k, participle)].Start, _doc.Tokens[Math.Max(k, participle)].End);
        if (_actors.Find(k).FirstOrDefault() is { Code: { } found } m)
            return ToActor(m, "held-by");
        if (_dictionary?.Lookup(Word(k)).FirstOrDefault(e => e.Code is not null) is not { Code: { } code } entry)
            return null;
        var (country, sector) = _dictionary.Split(code);
        return new EventActor(_doc.Text[start..end], code, country, sector, null, start, end, "held-by:" + entry.Source);
    }
}
