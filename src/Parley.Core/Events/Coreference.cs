using System.Collections.Frozen;
using Parley.Actors;
using Parley.Documents;

namespace Parley.Events;

/// <summary>
/// Resolves pronouns and definite descriptions to earlier actors of the same document: "he"/"she"/"his"/"her"
/// to the most recent person, "it"/"its" to the most recent country or organization, "they"/"them"/"their" and
/// "both countries"/"the two countries" to the participants of the previous event, "the regime" /"the communist
/// country"/"the kingdom" to the most recent state. Deterministic, recency-based, within the document only.
/// </summary>
internal sealed class Coreference
{
    private static readonly FrozenSet<string> Singular = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "he", "she", "him", "his", "her");
    private static readonly FrozenSet<string> Neuter = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "it", "its");
    private static readonly FrozenSet<string> Plural = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "they", "them", "their");
    private static readonly FrozenSet<string> StateNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "regime", "country", "nation", "kingdom", "island", "state", "republic", "government", "administration");
    private static readonly FrozenSet<string> PairNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "countries", "nations", "sides", "leaders", "governments");

    private readonly Document _doc;
    private readonly IReadOnlyList<ActorMention> _mentions;
    private List<EventActor> _lastParticipants = [];

    public Coreference(Document doc, IReadOnlyList<ActorMention> mentions)
    {
        _doc = doc;
        _mentions = mentions;
    }

    /// <summary>Remembers the participants of the latest coded event, for "they" and "both countries".</summary>
    public void Saw(IEnumerable<EventActor?> participants)
    {
        var list = participants.OfType<EventActor>().Where(a => a.Code is not null).ToList();
        if (list.Count > 0)
            _lastParticipants = list;
    }

    /// <summary>The antecedents of the phrase headed by <paramref name="token"/>, or empty when it is not anaphoric.</summary>
    public IReadOnlyList<(ActorMention? Mention, EventActor? Actor)> Resolve(int token)
    {
        var word = Word(token);
        if (Singular.Contains(word))
            return One(Latest(token, m => m.Kind == ActorEntryKind.Person));
        if (Neuter.Contains(word))
            return One(Latest(token, IsState));
        if (Plural.Contains(word) || (PairNouns.Contains(word) && HasDeterminer(token, "both", "two")))
            return [.. _lastParticipants.Select(a => ((ActorMention?)null, (EventActor?)a))];
        if (StateNouns.Contains(word) && HasDeterminer(token, "the", "this", "that"))
            return One(Latest(token, IsState));
        return [];
    }

    private static bool IsState(ActorMention m) =>
        m.Country is not null && m.Kind is ActorEntryKind.Country or ActorEntryKind.Capital or ActorEntryKind.Seat or ActorEntryKind.Organization
        || (m.Kind == ActorEntryKind.Agent && m.Sector == "GOV" && m.Country is not null);

    private static List<(ActorMention?, EventActor?)> One(ActorMention? m) => m is null ? [] : [(m, null)];

    private ActorMention? Latest(int token, Func<ActorMention, bool> fits)
    {
        ActorMention? best = null;
        foreach (var m in _mentions)
            if (m.EndToken <= token && m.Code is not null && fits(m))
                best = m;
        return best;
    }

    private bool HasDeterminer(int token, params string[] words)
    {
        for (var i = 0; i < _doc.TokenCount; i++)
            if (_doc.Tokens[i].Head == token && words.Contains(Word(i), StringComparer.OrdinalIgnoreCase))
                return true;
        return token > 0 && words.Contains(Word(token - 1), StringComparer.OrdinalIgnoreCase)
            || token > 1 && words.Contains(Word(token - 2), StringComparer.OrdinalIgnoreCase);
    }

    private string Word(int t) => _doc.Text.Substring(_doc.Tokens[t].Start, _doc.Tokens[t].Length);
}
