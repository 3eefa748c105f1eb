using Parley.Actors;
using Parley.Documents;
using Parley.Frames;

namespace Parley.Events;

/// <summary>Agents that belong to a named party Parley does not know: no actor, rather than a guessed government.</summary>
internal sealed partial class CodingContext
{
    // "A Harley-Davidson spokeswoman", "an Acme Corp executive": a country-less agent whose name modifier before it
    // (a compound proper noun) and whose role noun is a spokesperson's or an official's (context.txt named-owner) is neither a known actor nor a place speaks for that unknown party; it
    // takes no country from context and codes no actor ("a Kremlin spokesman", "a Kharkiv police spokesman" still do).
    private bool OwnedByUnknownName(ActorMention m)
    {
        var head = m.EndToken - 1;
        var word = Word(head);
        if (word.Length == 0 || !char.IsLower(word[0]) || !_rules.Context.NamedOwner.Contains(_doc.Strings[_doc.Tokens[head].Lemma]))
            return false;
        foreach (var c in _index.Children(head))
        {
            if (c >= m.FirstToken || Rel(c) != "compound" || _doc.Tokens[c].Upos != Upos.PROPN)
                continue;
            if (_doc.Tokens[c].Entity.Type is EntityType.LOC or EntityType.NORP || NamesActorOrPlace(c))
                continue;
            return true;
        }
        return false;
    }

    // "On the train trip from Washington to Gettysburg": the "from" phrase of a noun of travel (context.txt journey) is
    // where the journey starts, not who travels ("a threat from Pyongyang" is still Pyongyang's).
    private bool JourneyOrigin(PredicateFrame frame)
    {
        var (noun, subject) = (frame.Predicate, frame.Subject);
        if (!frame.Frame.IsNoun || subject < 0 || _doc.Tokens[subject].Head != noun
            || !_rules.Context.Journeys.Contains(_doc.Strings[_doc.Tokens[noun].Lemma]))
            return false;
        return _index.AnyChild(subject, c => Rel(c) == "case" && Word(c).Equals("from", StringComparison.OrdinalIgnoreCase));
    }

    // True when a token of the name headed by <paramref name="token"/> is inside an actor mention or a place.
    private bool NamesActorOrPlace(int token)
    {
        var sentence = _index.SentenceOf(token);
        var (first, end) = (token, token + 1);
        foreach (var k in _index.Children(token))
            if (Rel(k) is "flat" or "compound" or "flat:name")
                (first, end) = (Math.Min(first, k), Math.Max(end, k + 1));
        for (var t = first; t < end; t++)
            if (_actors.Covering(t) is not null || PlacesIn(sentence).Any(p => p.FirstToken <= t && t < p.EndToken))
                return true;
        return false;
    }

    // "its teams", "the agency's staff" (context.txt members): the possessor of a noun of a body's own people, else -1.
    private int MembersPossessor(int token) =>
        !_rules.Context.Members.Contains(_doc.Strings[_doc.Tokens[token].Lemma]) ? -1
            : _index.FirstChild(token, c => Rel(c) == "nmod:poss");
}
