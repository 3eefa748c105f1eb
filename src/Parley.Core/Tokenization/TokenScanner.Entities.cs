using Parley.Segmentation;

namespace Parley.Tokenization;

internal ref partial struct TokenScanner
{
    /// <summary>Whether the word [p, q) keeps the period at q: a known abbreviation, an initial, or "U.S."-like.</summary>
    private readonly bool KeepsPeriod(int p, int q)
    {
        if (_rules.Abbreviations.TryGet(_t[p..(q + 1)], out var kind))
            return kind != AbbreviationKind.Number || NextNonSpaceIsDigit(q + 1);
        if (q - p == 1)
            return char.IsUpper(_t[p]);
        return IsDottedInitials(_t[p..q]);
    }

    /// <summary>"U.S", "e.g", "Ph.D", "a.m": at least two dot-separated groups of one or two letters.</summary>
    private static bool IsDottedInitials(ReadOnlySpan<char> w)
    {
        var groups = 0;
        var run = 0;
        foreach (var c in w)
        {
            if (c == '.')
            {
                if (run == 0)
                    return false;
                groups++;
                run = 0;
            }
            else if (!char.IsLetter(c) || ++run > 2)
                return false;
        }
        return run > 0 && groups >= 1;
    }

    private readonly bool NextNonSpaceIsDigit(int i)
    {
        while (i < _t.Length && char.IsWhiteSpace(_t[i]))
            i++;
        return i < _t.Length && char.IsDigit(_t[i]);
    }

    /// <summary>Length of a URL, e-mail address, @mention, #hashtag or emoticon starting at <paramref name="p"/>, or 0.</summary>
    private readonly int MatchEntity(int p, int chunkStart, int e)
    {
        var c = _t[p];
        if (c == '@' || c == '#')
            return NameLength(p, e, requireLetter: c == '#');
        if (char.IsAsciiLetter(c))
        {
            var rest = _t[p..e];
            if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
                || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && CharClass.IsWord(rest[4])))
                return UrlLength(p, e);
            return EmailLength(p, e);
        }
        return CharClass.IsWord(c) ? 0 : EmoticonLength(p, chunkStart, e);
    }

    private readonly int NameLength(int p, int e, bool requireLetter)
    {
        var j = p + 1;
        if (j >= e || (requireLetter ? !char.IsLetter(_t[j]) : !(char.IsAsciiLetterOrDigit(_t[j]) || _t[j] == '_')))
            return 0;
        while (j < e && (CharClass.IsWord(_t[j]) || _t[j] == '_'))
            j++;
        return j - p;
    }

    private readonly int UrlLength(int p, int e)
    {
        int opens = 0, closes = 0, openBrackets = 0, closeBrackets = 0;
        foreach (var ch in _t[p..e])
        {
            if (ch == '(') opens++;
            else if (ch == ')') closes++;
            else if (ch == '[') openBrackets++;
            else if (ch == ']') closeBrackets++;
        }
        var j = e;
        while (j > p + 1)
        {
            var ch = _t[j - 1];
            if (ch == ')' && closes > opens) closes--;
            else if (ch == ']' && closeBrackets > openBrackets) closeBrackets--;
            else if (!CharClass.IsUrlTrailer(ch)) break;
            j--;
        }
        return j - p;
    }

    private readonly int EmailLength(int p, int e)
    {
        var at = p;
        while (at < e && (char.IsAsciiLetterOrDigit(_t[at]) || _t[at] is '.' or '_' or '%' or '+' or '-'))
            at++;
        if (at >= e || _t[at] != '@' || _t[at - 1] == '.')
            return 0;
        var end = at + 1;
        while (end < e && (char.IsAsciiLetterOrDigit(_t[end]) || _t[end] is '.' or '-'))
            end++;
        while (end > at + 1 && _t[end - 1] is '.' or '-')
            end--;
        return end - at > 2 ? end - p : 0;
    }

    private readonly int EmoticonLength(int p, int chunkStart, int e)
    {
        var rest = _t[p..e];
        if (rest.Length < 2 || !_rules.EmoticonStarts.Contains(rest[0]))
            return 0;
        foreach (var emoticon in _rules.Emoticons)
        {
            if (!rest.StartsWith(emoticon, StringComparison.Ordinal))
                continue;
            var end = p + emoticon.Length;
            if ((p == chunkStart || end == e) && (end == e || !CharClass.IsWord(_t[end])))
                return emoticon.Length;
        }
        return 0;
    }
}
