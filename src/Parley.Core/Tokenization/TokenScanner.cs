using Parley.Documents;

namespace Parley.Tokenization;

/// <summary>
/// The tokenizer's single left-to-right pass. Whitespace separates chunks; inside a chunk, entities (URLs,
/// e-mail addresses, mentions, hashtags, emoticons), words (with their connectors and clitics) and
/// punctuation are recognised in turn. Every non-whitespace character lands in exactly one token.
/// </summary>
internal ref partial struct TokenScanner
{
    private readonly ReadOnlySpan<char> _t;
    private readonly TokenizerRules _rules;
    private TokenBuffer _buf;
    private bool _chunkHasAt;

    private TokenScanner(ReadOnlySpan<char> text, TokenizerRules rules)
    {
        _t = text;
        _rules = rules;
        _buf = new TokenBuffer(text.Length / 6);
    }

    /// <summary>Tokenizes <paramref name="text"/>; never throws for any string.</summary>
    public static TokenData[] Tokenize(string text, TokenizerRules rules)
    {
        var scanner = new TokenScanner(text, rules);
        try
        {
            scanner.Run();
            return scanner._buf.ToArray(text.Length);
        }
        finally
        {
            scanner._buf.Dispose();
        }
    }

    private void Run()
    {
        var i = 0;
        while (i < _t.Length)
        {
            if (char.IsWhiteSpace(_t[i]))
            {
                i++;
                continue;
            }
            var e = i + 1;
            var hasAt = _t[i] == '@';
            for (; e < _t.Length && !char.IsWhiteSpace(_t[e]); e++)
                hasAt |= _t[e] == '@';
            _chunkHasAt = hasAt;
            for (var p = i; p < e;)
                p = ScanAt(p, i, e);
            i = e;
        }
    }

    private int ScanAt(int p, int chunkStart, int e)
    {
        var c = _t[p];
        var atBoundary = p == chunkStart || !CharClass.IsWord(_t[p - 1]);
        var len = atBoundary ? MatchEntity(p, chunkStart, e) : CharClass.IsWord(c) ? 0 : EmoticonLength(p, chunkStart, e);
        if (len > 0)
        {
            _buf.Add(p, len);
            return p + len;
        }
        if (CharClass.IsWord(c) || (c == '.' && atBoundary && p + 1 < e && char.IsAsciiDigit(_t[p + 1])))
            return ScanWord(p, e);
        return ScanPunctuation(p, e);
    }

    private int ScanPunctuation(int p, int e)
    {
        var c = _t[p];
        var j = p + 1;
        if (CharClass.IsTerminal(c))
        {
            while (j < e && CharClass.IsTerminal(_t[j]))
                j++;
        }
        else if (CharClass.IsRepeatable(c))
        {
            while (j < e && _t[j] == c)
                j++;
        }
        else if (c is '\u2018' or '\u2019')
        {
            while (j < e && _t[j] is '\u2018' or '\u2019')
                j++;
        }
        else if (c >= 0x80 || (j < e && _t[j] >= 0x80))
        {
            j = SymbolClusterEnd(p, e);
        }
        _buf.Add(p, j - p);
        return j;
    }

    /// <summary>End of one symbol or emoji cluster: a code point plus joiners, selectors, marks, skin tones, flag pairs.</summary>
    private readonly int SymbolClusterEnd(int p, int e)
    {
        var j = CodePointEnd(p, e);
        var regional = IsRegionalIndicator(p, e);
        if (regional && IsRegionalIndicator(j, e))
            return CodePointEnd(j, e);
        while (j < e)
        {
            if (CharClass.IsClusterExtender(_t[j]))
                j = _t[j] == '\u200D' && j + 1 < e ? CodePointEnd(j + 1, e) : j + 1;
            else if (j + 1 < e && _t[j] == '\uD83C' && _t[j + 1] is >= '\uDFFB' and <= '\uDFFF')
                j += 2;
            else
                break;
        }
        return j;
    }

    private readonly int CodePointEnd(int p, int e) =>
        p + 1 < e && char.IsSurrogatePair(_t[p], _t[p + 1]) ? p + 2 : p + 1;

    private readonly bool IsRegionalIndicator(int p, int e) =>
        p + 1 < e && _t[p] == '\uD83C' && _t[p + 1] is >= '\uDDE6' and <= '\uDDFF';
}
