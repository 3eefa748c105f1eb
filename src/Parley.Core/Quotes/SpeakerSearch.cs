using Parley.Documents;

namespace Parley.Quotes;

/// <summary>The three places a speaker is looked for around a quotation, tried in order.</summary>
internal readonly struct SpeakerSearch(Document doc, QuoteFinder finder)
{
    private const int MaxSpeakerWords = 8;

    // “…,” he said. / “…,” said the minister.
    public (SpeakerPhrase?, int, string)? After(int close)
    {
        if (close >= doc.TokenCount)
            return null;
        var limit = SentenceOf(close).EndToken;
        var i = close + 1;
        while (i < limit && IsPunct(i, ",—-"))
            i++;
        for (var v = i; v < limit && v <= i + MaxSpeakerWords; v++)
        {
            if (Stops(v))
                return null;
            if (!finder.IsSpeechVerb(Word(v)))
                continue;
            if (v > i)
                return (Phrase(i, v), v, "after");
            var end = v + 1;
            while (end < limit && end - v <= MaxSpeakerWords && !Stops(end) && !IsPunct(end, ","))
                end++;
            return end > v + 1 ? (Phrase(v + 1, end), v, "after") : null;
        }
        return null;
    }

    // The letter stated: “…” / He said, “…”
    public (SpeakerPhrase?, int, string)? Before(int open)
    {
        var v = open - 1;
        if (v >= 0 && IsPunct(v, ":,"))
            v--;
        if (v < 0 || !finder.IsSpeechVerb(Word(v)))
            return null;
        var start = ClauseStart(v);
        return start < v ? (Phrase(start, v), v, "before") : null;
    }

    // An official said in a statement that the stance was “regrettable”.
    public (SpeakerPhrase?, int, string)? Inline(int open)
    {
        var sentence = SentenceOf(open);
        for (var v = open - 1; v >= sentence.FirstToken; v--)
        {
            if (!finder.IsSpeechVerb(Word(v)))
                continue;
            var start = ClauseStart(v);
            return start < v ? (Phrase(start, v), v, "inline") : null;
        }
        return null;
    }

    private int ClauseStart(int verb)
    {
        var first = SentenceOf(verb).FirstToken;
        var i = verb;
        while (i > first && verb - i < MaxSpeakerWords && !IsPunct(i - 1, ",;:“”\"—("))
            i--;
        return i;
    }

    private SentenceData SentenceOf(int token)
    {
        foreach (var s in doc.Sentences)
            if (token < s.EndToken)
                return s;
        return doc.Sentences[^1];
    }

    private bool Stops(int i) => IsPunct(i, ".!?;“”\"");

    private bool IsPunct(int i, string marks) => doc.Tokens[i].Length == 1 && marks.Contains(doc.Text[doc.Tokens[i].Start], StringComparison.Ordinal);

    private ReadOnlySpan<char> Word(int i) => doc.Text.AsSpan(doc.Tokens[i].Start, doc.Tokens[i].Length);

    private SpeakerPhrase Phrase(int first, int end)
    {
        var (s, e) = (doc.Tokens[first].Start, doc.Tokens[end - 1].End);
        return new SpeakerPhrase(first, end, s, e, doc.Text[s..e]);
    }
}
