namespace Parley.Tokenization;

internal ref partial struct TokenScanner
{
    /// <summary>Scans a word from <paramref name="p"/>: letters, digits and marks joined by connectors.</summary>
    private int ScanWord(int p, int e)
    {
        var q = _t[p] == '.' ? p + 1 : p;
        var segment = q;
        while (true)
        {
            while (q < e && CharClass.IsWord(_t[q]))
                q++;
            if (q >= e || q == p)
                break;
            var ch = _t[q];
            var prev = _t[q - 1];
            var next = q + 1 < e ? _t[q + 1] : '\0';
            if (ch == '.' && CharClass.IsWord(next))
                segment = q + 1;
            else if (ch is ',' or ':' or '/' && char.IsDigit(prev) && char.IsDigit(next))
                segment = q + 1;
            else if (ch is '&' or '_' && CharClass.IsWord(prev) && CharClass.IsWord(next))
                segment = q + 1;
            else if (ch == '-' && CharClass.IsWord(next) && KeepsHyphen(p, segment, q, e))
                segment = q + 1;
            else if (CharClass.IsApostrophe(ch) && char.IsLetter(next))
            {
                var clitic = CliticStart(p, q, e, out var cliticEnd);
                if (clitic >= 0)
                {
                    _buf.Add(p, clitic - p);
                    _buf.Add(clitic, cliticEnd - clitic);
                    return cliticEnd;
                }
            }
            else
                break;
            q++;
        }
        return FinishWord(p, q, e);
    }

    /// <summary>
    /// A hyphen stays inside a word after a listed prefix ("non-stop") and inside phone numbers, ZIP+4 codes and
    /// other multi-hyphen digit groups ("713-853-3989", "12-20-2000"); ranges and scores split ("13|-|17").
    /// </summary>
    private readonly bool KeepsHyphen(int p, int segment, int q, int e)
    {
        if (!char.IsAsciiDigit(_t[q - 1]) || !char.IsAsciiDigit(_t[q + 1]))
            return _rules.IsHyphenPrefix(_t[segment..q]);
        if (segment > p && _t[segment - 1] == '-')
            return true;
        var j = q + 1;
        while (j < e && char.IsAsciiDigit(_t[j]))
            j++;
        if (j + 1 < e && _t[j] == '-' && char.IsAsciiDigit(_t[j + 1]))
            return true;
        int before = q - segment, after = j - q - 1;
        return after == 4 && (before == 3 || before == 5) && _t[segment..q].IndexOfAnyExceptInRange('0', '9') < 0;
    }

    /// <summary>
    /// At an apostrophe followed by a letter: the start of a clitic ('s 'm 'd 'll 're 've, or n't one character
    /// earlier) when the letters after it end the word, else -1.
    /// </summary>
    private readonly int CliticStart(int p, int q, int e, out int end)
    {
        end = q + 1;
        while (end < e && char.IsLetter(_t[end]))
            end++;
        if (end < e && CharClass.IsWord(_t[end]))
            return -1;
        var letters = _t[(q + 1)..end];
        if (letters.Length == 1 && letters[0] is 't' or 'T')
            return q - 1 > p && _t[q - 1] is 'n' or 'N' ? q - 1 : -1;
        return IsClitic(letters) ? q : -1;
    }

    private static bool IsClitic(ReadOnlySpan<char> s) =>
        s.Equals("s", StringComparison.OrdinalIgnoreCase) || s.Equals("m", StringComparison.OrdinalIgnoreCase)
        || s.Equals("d", StringComparison.OrdinalIgnoreCase) || s.Equals("ll", StringComparison.OrdinalIgnoreCase)
        || s.Equals("re", StringComparison.OrdinalIgnoreCase) || s.Equals("ve", StringComparison.OrdinalIgnoreCase);

    /// <summary>Emits the word [p, q): split by the contraction table, or with its period when it is an abbreviation.</summary>
    private int FinishWord(int p, int q, int e)
    {
        var parts = _rules.Contraction(_t[p..q]);
        if (parts is not null)
        {
            foreach (var len in parts)
            {
                _buf.Add(p, len);
                p += len;
            }
            return q;
        }
        var unit = UnitStart(p, q);
        if (unit > p)
        {
            _buf.Add(p, unit - p);
            _buf.Add(unit, q - unit);
            return q;
        }
        if (q < e && _t[q] == '.' && !IsEllipsis(q + 1, e) && KeepsPeriod(p, q))
            q++;
        _buf.Add(p, q - p);
        return q;
    }

    /// <summary>A period followed by at least two more ("...") is an ellipsis; "Inc.." is an abbreviation and a period.</summary>
    private readonly bool IsEllipsis(int i, int e) => i < e && _t[i] == '.' && i + 1 < e && _t[i + 1] == '.';

    /// <summary>Where a listed unit starts in a number written against it ("5m", "3.2bn", "10am"), else -1.</summary>
    private readonly int UnitStart(int p, int q)
    {
        var i = p;
        while (i < q && (char.IsAsciiDigit(_t[i]) || (i > p && _t[i] is '.' or ',' or ':')))
            i++;
        if (i == p || i == q || !char.IsAsciiDigit(_t[i - 1]))
            return -1;
        var letters = _t[i..q];
        return letters.IndexOfAnyExceptInRange('a', 'z') < 0 || letters.IndexOfAnyExceptInRange('A', 'Z') < 0
            ? (_rules.IsUnit(letters) ? i : -1) : -1;
    }
}
