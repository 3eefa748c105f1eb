using System.Collections.Frozen;
using Parley.Actors;
using Parley.Documents;

namespace Parley.Events;

/// <summary>
/// Resolves pronouns and definite descriptions to earlier actors of the same document. "he"/"she"/"his"/"her":
/// the latest person who was the subject of a main clause outside a quotation, else the latest person, else an unnamed
/// office holder who is the main-clause subject of the same sentence ("the foreign minister said she …"); "the president", "the
/// minister" (a definite role noun): the latest person whose title has that word; "it"/"its": the latest state
/// or organization in the same sentence, else the latest that was a main-clause subject; "the regime", "the communist country", "the kingdom": the most mentioned state so far (latest
/// on ties); "they"/"them"/"their": the participants of the previous event; "both countries", "the two sides": the last two
/// countries named.
/// Deterministic, within the document only.
/// </summary>
internal sealed class Coreference
{
    private readonly Document _doc;
    private readonly IReadOnlyList<ActorMention> _mentions;
    private readonly bool[] _quoted;
    private readonly bool[] _placed;
    private List<EventActor> _lastParticipants = [];
    private int[]? _personSubjects, _persons, _thingSubjects, _states;
    private Dictionary<string, int[]>? _titled;

    private readonly DocumentIndex _index;

    private readonly CoreferenceWords _words;

    public Coreference(Document doc, IReadOnlyList<ActorMention> mentions, DocumentIndex index, CoreferenceWords words)
    {
        _words = words;
        _doc = doc;
        _index = index;
        _mentions = mentions;
        _quoted = QuotedTokens(doc);
        _placed = PlaceTokens(doc);
        MarkNameModifiers(doc, mentions, _placed);
        _sorted = IsSorted(mentions);
    }

    // True when the mentions are in order of their first tokens (the actor stage finds them so): then no mention at
    // or after the first one starting after a token can end before that token, and scans stop there.
    private readonly bool _sorted;

    private static bool IsSorted(IReadOnlyList<ActorMention> mentions)
    {
        for (var i = 1; i < mentions.Count; i++)
            if (mentions[i].FirstToken < mentions[i - 1].FirstToken || mentions[i].EndToken < mentions[i].FirstToken)
                return false;
        return mentions.Count == 0 || mentions[0].EndToken >= mentions[0].FirstToken;
    }

    // The number of mentions that can end at or before token (all of them when they are not sorted).
    private int Before(int token)
    {
        if (!_sorted)
            return _mentions.Count;
        var (lo, hi) = (0, _mentions.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_mentions[mid].FirstToken > token)
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    }

    /// <summary>Remembers the participants of the latest coded event, for "they" and "both countries".</summary>
    public void Saw(IEnumerable<EventActor?> participants)
    {
        var list = participants.OfType<EventActor>().Where(a => a.Code is not null).DistinctBy(a => a.Code).ToList();
        if (list.Count > 0)
            _lastParticipants = list;
    }

    /// <summary>The antecedents of the phrase headed by <paramref name="token"/>, or empty when it is not anaphoric.</summary>
    public IReadOnlyList<(ActorMention? Mention, EventActor? Actor)> Resolve(int token, IReadOnlySet<string>? notCountries = null)
    {
        var word = Word(token);
        bool Allowed(ActorMention m) => notCountries is null || m.Country is null || !notCountries.Contains(m.Country);
        if (_words.PersonPronouns.Contains(word))
            return One(Latest(token, _personSubjects ??= Fitting(m => m.Kind == ActorEntryKind.Person && IsSubject(m) && !_quoted[m.FirstToken]), m => Near(m, token))
                ?? Latest(token, _persons ??= Fitting(m => m.Kind == ActorEntryKind.Person), m => Near(m, token))
                ?? LatestInSentence(token, m => IsRoleHolder(m) && IsSubject(m) && !_quoted[m.FirstToken]));
        if (_words.NeuterPronouns.Contains(word))
            return One(LatestInSentence(token, m => IsThing(m) && Allowed(m))
                ?? Latest(token, _thingSubjects ??= Fitting(m => IsThing(m) && IsSubject(m)), Allowed) ?? Latest(token, _states ??= Fitting(IsState), Allowed));
        if (_words.PairNouns.Contains(word) && HasModifier(token, _words.PairWords))
            return [.. LastTwoStates(token).Select(m => ((ActorMention?)m, (EventActor?)null))];
        if (_words.PluralPronouns.Contains(word))
            return [.. _lastParticipants.Select(a => ((ActorMention?)null, (EventActor?)a))];
        if (!HasModifier(token, _words.Definite))
            return [];
        if (_words.StateNouns.Contains(word))
            return One(MostMentionedState(token, Allowed));
        _titled ??= new Dictionary<string, int[]>(StringComparer.Ordinal);
        if (!_titled.TryGetValue(word, out var titled))
            _titled[word] = titled = Fitting(m => m.Kind == ActorEntryKind.Person && m.Title is { } t && t.Contains(word, StringComparison.OrdinalIgnoreCase));
        return One(Latest(token, titled));
    }

    /// <summary>"both countries", "the two sides": the last two distinct countries named before the token, by their country mentions.</summary>
    public List<ActorMention> LastTwoStates(int token)
    {
        var found = new List<ActorMention>();
        for (var i = Before(token) - 1; i >= 0 && found.Count < 2; i--)
        {
            var m = _mentions[i];
            if (m.EndToken <= token && m.Country is { } c && m.Code is not null && !_placed[m.FirstToken] && found.All(f => f.Country != c))
                found.Add(m);
        }
        found.Reverse();
        return found;
    }

    // A country named by a code the dictionary cannot split into country and sector (a PETRARCH actor "ETH") is a
    // state all the same; so is a country's body ("Israel's army said it was investigating …").
    private static bool IsState(ActorMention m) =>
        m.Country is not null && m.Kind is ActorEntryKind.Country or ActorEntryKind.Capital or ActorEntryKind.Seat or ActorEntryKind.Organization
        || (m.Kind == ActorEntryKind.Agent && m.Sector is not null && m.Country is not null)
        || (m.Kind == ActorEntryKind.Country && m.Code is not null);

    // What "it" can stand for: a state, or an organization without a country of its own ("The IMF said it welcomed …").
    private static bool IsThing(ActorMention m) => IsState(m) || m.Kind == ActorEntryKind.Organization;

    private static List<(ActorMention?, EventActor?)> One(ActorMention? m) => m is null ? [] : [(m, null)];

    // The last mention in list order, ending before the token, among those that fit (indices from Fitting) and
    // pass the extra test: the candidates before the token scanned from the end, the first found. The same mention
    // as a scan of every mention, without reading the ones that cannot fit (a long document has many).
    private ActorMention? Latest(int token, int[] fitting, Func<ActorMention, bool>? also = null)
    {
        var before = Before(token);
        var (lo, hi) = (0, fitting.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (fitting[mid] < before)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (var k = lo - 1; k >= 0; k--)
        {
            var m = _mentions[fitting[k]];
            if (m.EndToken <= token && (also is null || also(m)))
                return m;
        }
        return null;
    }

    // The indices, in list order, of the mentions with a code that fit: computed once per document and test.
    private int[] Fitting(Func<ActorMention, bool> fits)
    {
        var found = new List<int>();
        for (var i = 0; i < _mentions.Count; i++)
            if (_mentions[i].Code is not null && fits(_mentions[i]))
                found.Add(i);
        return [.. found];
    }

    // The latest that fits among the mentions starting in the token's sentence; the scan stops at the sentence's
    // start when the mentions are sorted and the sentences cover the document.
    private ActorMention? LatestInSentence(int token, Func<ActorMention, bool> fits)
    {
        var start = _sorted && _index.HeadsInSentences ? _doc.Sentences[_index.SentenceOf(token)].FirstToken : 0;
        for (var i = Before(token) - 1; i >= 0 && _mentions[i].FirstToken >= start; i--)
        {
            var m = _mentions[i];
            if (m.EndToken <= token && m.Code is not null && SameSentence(m, token) && fits(m))
                return m;
        }
        return null;
    }

    // The state named most often before the token; the latest mention of it stands for it.
    private ActorMention? MostMentionedState(int token, Func<ActorMention, bool> allowed)
    {
        var states = _mentions.Take(Before(token)).Where(m => m.EndToken <= token && m.Code is not null && IsState(m) && allowed(m) && !_placed[m.FirstToken]).ToList();
        return states.GroupBy(m => m.Country).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Last().FirstToken)
            .Select(g => g.Last()).FirstOrDefault();
    }

    // An unnamed office holder ("Argentina's foreign minister said she …"): an agent mention headed by a singular
    // common noun, read as a person only when no person was named before the pronoun.
    private bool IsRoleHolder(ActorMention m) =>
        m.Kind == ActorEntryKind.Agent && m.Country is not null && m.EndToken > m.FirstToken
        && _doc.Tokens[m.EndToken - 1].Upos == Upos.NOUN && _doc.Strings[_doc.Tokens[m.EndToken - 1].Xpos] == "NN";

    // A person pronoun's antecedent is at most PersonWindow sentences back (coreference.txt person-window): "his" in a
    // sentence naming Trump is not a Trudeau who was the subject ten sentences before.
    private bool Near(ActorMention m, int token) => _index.SentenceOf(token) - _index.SentenceOf(m.FirstToken) <= _words.PersonWindow;

    private bool SameSentence(ActorMention m, int token) => _index.SentenceOf(m.FirstToken) == _index.SentenceOf(token);

    // The subject of a main clause ("Trump said …"), not of a reported one ("… Putin agreed").
    private bool IsSubject(ActorMention m)
    {
        for (var t = m.FirstToken; t < m.EndToken; t++)
        {
            var head = _doc.Tokens[t].Head;
            if (_doc.Strings[_doc.Tokens[t].DepRel].StartsWith("nsubj", StringComparison.Ordinal) && head >= 0 && _doc.Tokens[head].Head < 0)
                return true;
        }
        return false;
    }

    // A word of the set (its own comparer: case-insensitive) among the dependents before the token, looked up by span.
    private bool HasModifier(int token, FrozenSet<string> words)
    {
        if (words.Count == 0)
            return false;
        var bySpan = words.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup);
        foreach (var c in _index.Children(token))
            if (c < token && (bySpan ? lookup.Contains(_doc.Text.AsSpan(_doc.Tokens[c].Start, _doc.Tokens[c].Length)) : words.Contains(Word(c))))
                return true;
        return false;
    }

    private static bool[] QuotedTokens(Document doc)
    {
        var quoted = new bool[doc.TokenCount];
        foreach (var q in doc.GetLayer<Quotes.Quotes>()?.Items ?? [])
            for (var t = q.FirstToken; t < q.EndToken && t < quoted.Length; t++)
                quoted[t] = true;
        return quoted;
    }

    // Tokens of places where something happened ("in Singapore"): a setting, not a participant.
    private static bool[] PlaceTokens(Document doc)
    {
        var placed = new bool[doc.TokenCount];
        foreach (var p in doc.GetLayer<Places.PlaceMentions>()?.Items ?? [])
            for (var t = p.FirstToken; t < p.EndToken && t < placed.Length; t++)
                placed[t] = true;
        return placed;
    }

    // A country that only modifies a proper name after it ("since the Vietnam War", "the Korea Summit"): a compound of
    // a capitalised proper noun outside its mention names a war or a meeting, not the state; like a place, it is no
    // antecedent of "the government" or "both countries".
    private static void MarkNameModifiers(Document doc, IReadOnlyList<ActorMention> mentions, bool[] marked)
    {
        foreach (var m in mentions)
        {
            if (m.Kind != ActorEntryKind.Country || m.EndToken <= m.FirstToken || m.EndToken > marked.Length)
                continue;
            var last = doc.Tokens[m.EndToken - 1];
            if (doc.Strings[last.DepRel] == "compound" && last.Head >= m.EndToken && last.Head < doc.TokenCount
                && doc.Tokens[last.Head].Upos == Upos.PROPN && char.IsUpper(doc.Text[doc.Tokens[last.Head].Start]))
                marked[m.FirstToken] = true;
        }
    }

    private string Word(int t) => _doc.Text.Substring(_doc.Tokens[t].Start, _doc.Tokens[t].Length);
}
