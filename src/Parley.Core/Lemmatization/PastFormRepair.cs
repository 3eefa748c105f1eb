using Parley.Documents;

namespace Parley.Lemmatization;

/// <summary>
/// Repairs a tag the tagger gets wrong on an irregular past form it has not learned ("The World Bank froze new
/// lending", tagged as an adverb): in a sentence the tagger left without any verb, a word the exception table lists
/// as a past tense (<c>froze VBD freeze</c>) right after a noun or pronoun, tagged as something else, is that
/// past-tense verb. The tag is set before the lemma is looked up, so the parser sees the repaired sentence.
/// </summary>
internal static class PastFormRepair
{
    private const string PastTense = "VBD";
    private const string PastFeats = "Mood=Ind|Tense=Past|VerbForm=Fin";

    /// <summary>Repairs the tags of one sentence; true when a tag changed.</summary>
    public static bool Repair(Document document, SentenceData sentence, LemmaTables tables)
    {
        var tokens = document.Tokens;
        var first = sentence.FirstToken;
        var end = first + sentence.TokenCount;
        for (var i = first; i < end; i++)
            if (tokens[i].Upos is Upos.VERB or Upos.AUX)
                return false;
        for (var i = first + 1; i < end; i++)
        {
            ref var t = ref tokens[i];
            var form = document.Slice(t.Start, t.End);
            if (tokens[i - 1].Upos is not (Upos.NOUN or Upos.PROPN or Upos.PRON) || form.Length == 0 || !char.IsLower(form[0])
                || !tables.Exceptions.ContainsKey((form.ToString(), PastTense)))
                continue;
            t.Upos = Upos.VERB;
            t.Xpos = document.Strings.Intern(PastTense);
            t.Feats = document.Strings.Intern(PastFeats);
            return true;
        }
        return false;
    }
}
