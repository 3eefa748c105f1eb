using Parley.Documents;
using Parley.Events;

namespace Parley.Actors;

/// <summary>
/// The document-level coreference pass: walks every token of a document in order and resolves each anaphoric
/// mention to earlier actor mentions. A surname alone points to the person's full mention; a role noun without a
/// country ("the president", "the regime"), a pronoun and a definite description of a state ("the communist
/// country", "both countries") are resolved with the rules of <see cref="Coreference"/>; a definite role noun with
/// a nationality ("the North Korean leader") is the latest person of that country holding that title; "they" is
/// the participants of the latest clause with actors (its subject's conjuncts, object and "with" phrase); an
/// expletive "it" refers to nothing. A description in a clause whose subject is another actor never resolves to the
/// subject's own state. Not thread-safe: one per document.
/// </summary>
internal sealed partial class ReferenceResolver
{

    private readonly Document _doc;
    private readonly IReadOnlyList<ActorMention> _mentions;
    private readonly CoreferenceWords _words;
    private readonly DocumentIndex _index;
    private readonly Coreference _coreference;
    private readonly ActorLocator _locator;
    private readonly bool _parsed;
    private readonly List<ActorReference> _found = [];
    private readonly List<(int Verb, List<ActorMention> Participants)> _clauses = [];
    private int[]? _maxEnd;

    public ReferenceResolver(Document doc, IReadOnlyList<ActorMention> mentions, CoreferenceWords words, ActorDictionary? dictionary)
    {
        _doc = doc;
        _mentions = mentions;
        _words = words;
        _index = new DocumentIndex(doc, mentions);
        _coreference = new Coreference(doc, mentions, _index, words);
        _locator = new ActorLocator(doc, mentions, _index, dictionary);
        _parsed = (doc.Annotations & Annotations.Dependencies) != 0;
    }

    /// <summary>The coreferent mentions of the document, in text order.</summary>
    public List<ActorReference> Run()
    {
        for (var t = 0; t < _doc.TokenCount; t++)
        {
            var mi = _index.MentionAt(t);
            ActorReference? found = null;
            if (mi >= 0 && _mentions[mi].FirstToken == t)
                found = FromMention(mi, _mentions[mi]);
            else if (mi < 0 && _parsed)
                found = FromWord(t);
            if (found is not null)
                _found.Add(found);
            if (_parsed && _doc.Tokens[t].Upos == Upos.VERB)
                _clauses.Add((t, Participants(t)));
        }
        return _found;
    }

    private ActorReference? FromMention(int index, ActorMention m)
    {
        if (m.Flags.HasFlag(ActorMentionFlags.Surname) && m.Name is { } name)
        {
            var full = Latest(m.FirstToken, p => p.Kind == ActorEntryKind.Person && p.Name == name && !p.Flags.HasFlag(ActorMentionFlags.Surname));
            return full is null ? null : Make(m.FirstToken, m.EndToken, ActorReferenceKind.Surname, index, [full], [ReferenceCode.Of(m.Code is null ? full : m)]);
        }
        var head = m.EndToken - 1;
        if (m.Kind != ActorEntryKind.Agent || !_parsed || !Definite(head))
            return null;
        if (m.Country is { } country)
            return TitledPerson(index, m, country);
        var resolved = Resolved(head, description: true);
        if (resolved.Count == 0)
            return null;
        var kind = resolved[0].Kind == ActorEntryKind.Person ? ActorReferenceKind.Title : ActorReferenceKind.Description;
        return Make(Math.Min(m.FirstToken, PhraseStart(head)), m.EndToken, kind, index, resolved, [.. resolved.Select(a => StateCode(a, m.Sector))]);
    }

    // "the North Korean leader", "the Russian president": the latest person of that country with that title.
    private ActorReference? TitledPerson(int index, ActorMention m, string country)
    {
        var word = Word(m.EndToken - 1);
        var person = Latest(m.FirstToken, p => p.Kind == ActorEntryKind.Person && p.Country == country &&
            p.Title is { } title && title.Contains(word, StringComparison.OrdinalIgnoreCase));
        return person is null ? null : Make(Math.Min(m.FirstToken, PhraseStart(m.EndToken - 1)), m.EndToken, ActorReferenceKind.Title, index, [person], [ReferenceCode.Of(person)]);
    }

    private ActorReference? FromWord(int t)
    {
        var upos = _doc.Tokens[t].Upos;
        // Only pronouns, determiners and nouns refer: other words are not even read.
        if (upos is not (Upos.PRON or Upos.DET or Upos.NOUN or Upos.PROPN))
            return null;
        var word = Word(t);
        // An expletive ("It is unclear whether …") refers to nothing.
        if (Rel(t) == "expl")
            return null;
        if (upos is Upos.PRON or Upos.DET && (_words.PersonPronouns.Contains(word) || _words.NeuterPronouns.Contains(word)))
            return Pronoun(t, ActorReferenceKind.Pronoun, Resolved(t, description: false));
        if (upos is Upos.PRON or Upos.DET && _words.PluralPronouns.Contains(word))
            return Pronoun(t, ActorReferenceKind.Plural, LastParticipants(t));
        var pair = _words.PairNouns.Contains(word);
        if (!pair && !_words.StateNouns.Contains(word) || upos is not (Upos.NOUN or Upos.PROPN))
            return null;
        var resolved = Resolved(t, description: true);
        if (resolved.Count == 0)
            return null;
        var kind = resolved.Count > 1 || pair ? ActorReferenceKind.Pair : ActorReferenceKind.Description;
        var first = PhraseStart(t);
        return Make(first, t + 1, kind, -1, resolved, [.. resolved.Select(a => a.Country is { } c ? new ReferenceCode(c, c, null) : ReferenceCode.Of(a))]);
    }

    private ActorReference? Pronoun(int t, ActorReferenceKind kind, List<ActorMention> antecedents) =>
        antecedents.Count == 0 ? null : Make(t, t + 1, kind, -1, antecedents, [.. antecedents.Select(ReferenceCode.Of)]);

    private ActorReference Make(int first, int end, ActorReferenceKind kind, int mention, List<ActorMention> antecedents, ReferenceCode[] codes)
    {
        var (start, stop) = (_doc.Tokens[first].Start, _doc.Tokens[end - 1].End);
        return new ActorReference(first, end, start, stop, _doc.Text[start..stop], kind, mention, antecedents, codes);
    }

    // A state description takes the state's country and keeps its own sector ("the regime" GOV + North Korea → PRKGOV),
    // also when the state was named by one of its bodies ("Australian forces … the Government" → AUSGOV, not AUSMIL).
    private static ReferenceCode StateCode(ActorMention antecedent, string? sector) =>
        antecedent.Kind is ActorEntryKind.Country or ActorEntryKind.Capital or ActorEntryKind.Agent && antecedent.Country is { } c && sector is { Length: 3 }
            ? new(c + sector, c, sector) : ReferenceCode.Of(antecedent);

    private string Word(int t) => _doc.Text.Substring(_doc.Tokens[t].Start, _doc.Tokens[t].Length);
}
