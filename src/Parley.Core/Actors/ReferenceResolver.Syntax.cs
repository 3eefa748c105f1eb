using Parley.Documents;

namespace Parley.Actors;

internal sealed partial class ReferenceResolver
{
    /// <summary>
    /// The mentions <see cref="Events.Coreference"/> resolves the anaphor at <paramref name="token"/> to; a description
    /// (not a pronoun: "North Korea destroyed its site") never to its clause subject's own state.
    /// </summary>
    private List<ActorMention> Resolved(int token, bool description) =>
        [.. _coreference.Resolve(token, description ? NotCountries(token) : null).Select(r => r.Mention).OfType<ActorMention>().Where(m => m.Code is not null)];

    // "they": the participants of the latest clause before the pronoun that does not contain it.
    private List<ActorMention> LastParticipants(int token)
    {
        for (var i = _clauses.Count - 1; i >= 0; i--)
            if (_clauses[i].Participants.Count > 0 && !Dominates(_clauses[i].Verb, token))
                return _clauses[i].Participants;
        return [];
    }

    // The actors of a clause: its subject's conjuncts, then its object and "with" phrase ("Trump met with Kim").
    private List<ActorMention> Participants(int verb)
    {
        var subject = Subject(verb);
        var found = subject < 0 ? [] : Actors(subject);
        if (found.Count == 0)
            return found;
        foreach (var c in _index.Children(verb))
            if (Rel(c) is "obj" || (Rel(c) == "obl" && Child(c, "case") is var k and >= 0 && Word(k).Equals("with", StringComparison.OrdinalIgnoreCase)))
                found.AddRange(Actors(c));
        return [.. found.DistinctBy(m => m.Code)];
    }

    // The coded actors a phrase names, through an earlier reference when it is one ("They"); bare agents left out.
    private List<ActorMention> Actors(int token)
    {
        for (var i = _found.Count - 1; i >= 0 && _found[i].EndToken > token - 8; i--)
            if (_found[i].FirstToken <= token && token < _found[i].EndToken)
                return [.. _found[i].Antecedents];
        return [.. _locator.Find(token).Where(m => m.Code is not null && !(m.Kind == ActorEntryKind.Agent && m.Country is null))];
    }

    // A description outside its clause's subject never names the subject's own state ("sanctions on the regime").
    private HashSet<string>? NotCountries(int token)
    {
        var verb = ClauseOf(token);
        var subject = verb < 0 ? -1 : Subject(verb);
        if (subject < 0 || Dominates(subject, token))
            return null;
        var countries = Actors(subject).Select(m => m.Country).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return countries.Count == 0 ? null : countries;
    }

    private int ClauseOf(int token)
    {
        var t = _doc.Tokens[token].Head;
        for (var steps = 0; t >= 0 && steps < _doc.TokenCount; steps++, t = _doc.Tokens[t].Head)
            if (_doc.Tokens[t].Upos == Upos.VERB)
                return t;
        return -1;
    }

    // Whether <paramref name="ancestor"/> is <paramref name="token"/> or one of its heads.
    private bool Dominates(int ancestor, int token)
    {
        var t = token;
        for (var steps = 0; t >= 0 && steps < _doc.TokenCount; steps++, t = _doc.Tokens[t].Head)
            if (t == ancestor)
                return true;
        return false;
    }

    private bool Definite(int head)
    {
        foreach (var c in _index.Children(head))
            if (c < head && Rel(c) == "det" && _words.Definite.Contains(Word(c)))
                return true;
        return false;
    }

    // A description with its determiners and adjectives ("the communist country", "both countries").
    private int PhraseStart(int head)
    {
        var first = head;
        for (var i = head - 1; i >= 0 && Dominates(head, i) && Rel(i) is "det" or "amod" or "nummod" or "compound" or "det:predet"; i--)
            first = i;
        return first;
    }

    // The last mention with a code that fits among those before the first mention ending after the token. That first
    // one is found by binary search on the running maximum of the mentions' ends, then the scan goes backwards: the
    // same mention as a forward scan, without reading the document's earlier mentions each time.
    private ActorMention? Latest(int token, Func<ActorMention, bool> fits)
    {
        _maxEnd ??= RunningMaxEnd(_mentions);
        var (lo, hi) = (0, _maxEnd.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_maxEnd[mid] > token)
                hi = mid;
            else
                lo = mid + 1;
        }
        for (var i = lo - 1; i >= 0; i--)
            if (_mentions[i].Code is not null && fits(_mentions[i]))
                return _mentions[i];
        return null;
    }

    private static int[] RunningMaxEnd(IReadOnlyList<ActorMention> mentions)
    {
        var max = new int[mentions.Count];
        for (var i = 0; i < max.Length; i++)
            max[i] = Math.Max(i > 0 ? max[i - 1] : int.MinValue, mentions[i].EndToken);
        return max;
    }

    private int Subject(int verb) => Child(verb, "nsubj") is var s and >= 0 ? s : Child(verb, "nsubj:pass");

    private int Child(int head, string rel)
    {
        foreach (var c in _index.Children(head))
            if (Rel(c) == rel)
                return c;
        return -1;
    }

    private string Rel(int t) => _doc.Strings[_doc.Tokens[t].DepRel];
}
