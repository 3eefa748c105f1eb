using Parley.Actors;

namespace Parley.Events;

/// <summary>
/// Pair groups: "both armies", "the two armies" (one agent of each of the last two countries named), "officials from
/// both Koreas" (one agent of each country of a pair named in the agent's phrase), "the two Koreas" (two countries).
/// </summary>
internal sealed partial class CodingContext
{
    // "Both armies", "the two armies": a country-less agent with a pair word is one actor for each of the last two
    // countries named (it keeps no country when fewer were named); its words stay those of this sentence.
    private List<EventActor?>? PairOf(ActorMention m, int head)
    {
        if (m.Code is not { Length: 3 } sector || _rules.Context.KeepsNoCountry(sector) || !IsPairPhrase(head))
            return null;
        var (start, end) = PhraseSpan(head);
        return [.. _coreference.LastTwoStates(head).Select(s => (EventActor?)(ToActor(m, "pair") with
        {
            Text = _doc.Text[start..end], Start = start, End = end, Code = s.Country + sector, Country = s.Country,
            CountryFrom = $"country from sentence {_index.SentenceOf(s.FirstToken) + 1} actor '{s.Text}'",
        }))];
    }

    // "Officials from both Koreas", "the leaders of both countries": a country-less agent whose phrase names a pair is
    // one agent of each country of the pair; null when its phrase names none.
    private List<EventActor?>? OwnerPair(ActorMention m, int head)
    {
        if (m.Code is not { Length: 3 } sector || _rules.Context.KeepsNoCountry(sector))
            return null;
        foreach (var c in _index.Children(head))
            if (_doc.Strings[_doc.Tokens[c].DepRel] == "nmod" && PairCountries(c) is { Count: 2 } pair)
                return [.. pair.Select(p => (EventActor?)(ToActor(m, "pair") with { Code = p.Country + sector, Country = p.Country, CountryFrom = p.From }))];
        return null;
    }

    // "The two Koreas agreed …": a pair name as an actor is its two countries.
    private List<EventActor?>? PairNamed(int head)
    {
        var word = Word(head);
        if (!_rules.Context.PairNames.TryGetValue(word, out var countries))
            return null;
        var (start, end) = PhraseSpan(head);
        return [.. countries.Select(c => (EventActor?)new EventActor(_doc.Text[start..end], c, c, null, null, start, end, "pair-name"))];
    }

    // The two countries of a pair phrase: a pair name ("both Koreas"), or a pair noun with a pair word ("both
    // countries": the last two countries named).
    private List<(string Country, string From)> PairCountries(int head)
    {
        var word = Word(head);
        if (_rules.Context.PairNames.TryGetValue(word, out var named))
            return [.. named.Select(c => (c, $"country from '{word}' ({c})"))];
        if (!_rules.Coreference.PairNouns.Contains(word) || !IsPairPhrase(head))
            return [];
        return [.. _coreference.LastTwoStates(head).Select(s => (s.Country!, $"country from sentence {_index.SentenceOf(s.FirstToken) + 1} actor '{s.Text}'"))];
    }

    // A pair word that is a determiner ("both armies"), or a numeral after a definite determiner ("the two sides"),
    // not a count ("two soldiers").
    private bool IsPairPhrase(int head)
    {
        var kids = _index.Children(head).ToArray().Where(c => c < head).ToList();
        var pairWord = kids.FirstOrDefault(c => _rules.Coreference.PairWords.Contains(Word(c)), -1);
        return pairWord >= 0 && (_doc.Strings[_doc.Tokens[pairWord].DepRel] != "nummod" || kids.Any(c => _rules.Coreference.Definite.Contains(Word(c))));
    }
}
