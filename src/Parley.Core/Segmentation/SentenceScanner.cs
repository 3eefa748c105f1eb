using Parley.Documents;

namespace Parley.Segmentation;

/// <summary>One pass over a document's tokens deciding, after each token, whether a sentence ends there.</summary>
internal readonly ref struct SentenceScanner
{
    private readonly string _text;
    private readonly ReadOnlySpan<TokenData> _tokens;
    private readonly BoundaryRules _rules;
    private readonly bool _lineBreaksEnd;

    public SentenceScanner(string text, ReadOnlySpan<TokenData> tokens, BoundaryRules rules)
    {
        _text = text;
        _tokens = tokens;
        _rules = rules;
        _lineBreaksEnd = rules.Options.SplitAtLineBreaks && !LineLayout.LooksHardWrapped(text);
    }

    public SentenceData[] Run()
    {
        var sentences = new List<SentenceData>(_tokens.Length / 16 + 1);
        var start = 0;
        var paragraph = true;
        for (var i = 0; i < _tokens.Length; i++)
        {
            var newlines = NewlinesAfter(i);
            var last = i == _tokens.Length - 1;
            if (!last && newlines < 2 && !EndsSentence(i, start) && !BreaksAtLine(newlines, i + 1))
                continue;
            sentences.Add(new SentenceData(start, i + 1 - start, paragraph));
            start = i + 1;
            paragraph = newlines >= 2;
        }
        return [.. sentences];
    }

    private int NewlinesAfter(int i)
    {
        ref readonly var t = ref _tokens[i];
        var count = 0;
        foreach (var c in _text.AsSpan(t.End, t.SpaceAfter))
        {
            if (c == '\n')
                count++;
        }
        return count;
    }

    private bool BreaksAtLine(int newlines, int next) =>
        newlines == 1 && _lineBreaksEnd && !char.IsLower(_text[_tokens[next].Start]);

    private ReadOnlySpan<char> TextOf(int i) => _text.AsSpan(_tokens[i].Start, _tokens[i].Length);

    /// <summary>
    /// Whether the sentence ends after token <paramref name="i"/> by its punctuation: a terminal mark, then any
    /// closing quotes or brackets written against it and any emoticons, then whitespace. A lower-case word after
    /// an ellipsis or a closing quote continues the sentence ("Wait... and", "“Go!” he said").
    /// </summary>
    private bool EndsSentence(int i, int start)
    {
        if (_tokens[i].SpaceAfter == 0 || Punctuation.IsEmoticon(TextOf(i + 1)))
            return false;
        var anchor = i;
        var closed = false;
        while (anchor > start && ((Punctuation.IsCloser(TextOf(anchor)) && _tokens[anchor - 1].SpaceAfter == 0) || Punctuation.IsEmoticon(TextOf(anchor))))
        {
            closed |= Punctuation.IsCloser(TextOf(anchor));
            anchor--;
        }
        var word = TextOf(anchor);
        var next = TextOf(i + 1);
        if (Punctuation.IsTerminal(word))
        {
            if (next.SequenceEqual(".") || IsListMarker(anchor, start))
                return false;
            var ellipsis = Punctuation.IsEllipsis(word) || (anchor > start && TextOf(anchor - 1).SequenceEqual(".") && word.SequenceEqual("."));
            return !char.IsLower(next[0]) || (!closed && !ellipsis);
        }
        if (word.Length < 2 || word[^1] != '.')
            return false;
        return AbbreviationEnds(word, next);
    }

    /// <summary>A period after a one- or two-digit number that opens the sentence: a list marker ("11. In Section").</summary>
    private bool IsListMarker(int period, int start)
    {
        if (period != start + 1 || !TextOf(period).SequenceEqual(".") || _tokens[start].SpaceAfter > 0)
            return false;
        var number = TextOf(start);
        return number.Length <= 2 && number.IndexOfAnyExceptInRange('0', '9') < 0;
    }

    /// <summary>Whether an abbreviation or initial ending in a period also ends the sentence.</summary>
    private bool AbbreviationEnds(ReadOnlySpan<char> word, ReadOnlySpan<char> next)
    {
        if (_rules.Abbreviations.TryGet(word, out var kind) && kind != AbbreviationKind.General)
            return false;
        return _rules.Starters.Contains(next) || Punctuation.IsOpeningQuote(next);
    }
}
