using Parley.Segmentation;

namespace Parley.Tokenization;

internal ref partial struct TokenScanner
{
    private const int MaxLocalPart = 64;
    private const int MaxDomain = 255;

    /// <summary>
    /// Whether the word [p, q) keeps the period at q: a title ("Mr."), a number abbreviation before a number
    /// ("No. 1"), or a general abbreviation, initial or dotted group ("Inc.", "J.", "U.S.") that does not end the
    /// sentence. At a sentence end EWT splits the period off ("in the U.S|."), and so does Parley.
    /// </summary>
    private readonly bool KeepsPeriod(int p, int q)
    {
        if (_rules.Abbreviations.TryGet(_t[p..(q + 1)], out var kind))
        {
            return kind switch
            {
                AbbreviationKind.Title => true,
                AbbreviationKind.Number => NextNonSpaceIsDigit(q + 1),
                _ => !EndsSentenceAfter(q + 1),
            };
        }
        var abbreviationLike = q - p == 1 ? char.IsUpper(_t[p]) : IsDottedInitials(_t[p..q]);
        return abbreviationLike && !EndsSentenceAfter(q + 1);
    }

    /// <summary>
    /// Whether a sentence ends at <paramref name="i"/>, just after an abbreviation's period: at the end of the
    /// text, before a blank line, or before whitespace and an opening quote or a listed sentence starter.
    /// </summary>
    private readonly bool EndsSentenceAfter(int i)
    {
        var start = i;
        var newlines = 0;
        for (; i < _t.Length && char.IsWhiteSpace(_t[i]); i++)
            newlines += _t[i] == '\n' ? 1 : 0;
        if (i >= _t.Length || newlines >= 2)
            return true;
        if (i == start)
            return false;
        if (CharClass.IsOpeningQuote(_t[i]))
            return true;
        var k = i;
        while (k < _t.Length && char.IsLetter(_t[k]))
            k++;
        return k > i && (k >= _t.Length || !char.IsLetterOrDigit(_t[k])) && _rules.Starters.Contains(_t[i..k]);
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
            var len = UrlPrefixLength(_t[p..e]);
            if (len > 0)
                return UrlLength(p, e);
            return _chunkHasAt ? EmailLength(p, e) : 0;
        }
        return CharClass.IsWord(c) ? 0 : EmoticonLength(p, chunkStart, e);
    }

    /// <summary>Length of a URL scheme or "www." prefix at the start of <paramref name="rest"/>, else 0.</summary>
    private static int UrlPrefixLength(ReadOnlySpan<char> rest)
    {
        if (rest.Length < 5)
            return 0;
        return (rest[0] | 0x20) switch
        {
            'h' => rest[4] is not (':' or 's' or 'S') ? 0 : rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7 : rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8 : 0,
            'f' => rest[3] != ':' ? 0 : rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase) ? 6 : 0,
            'm' => rest[4] is not ('t' or 'T') ? 0 : rest.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? 7 : 0,
            'w' => rest[3] != '.' ? 0 : rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && CharClass.IsWord(rest[4]) ? 4 : 0,
            _ => 0,
        };
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

    /// <summary>
    /// Length of an e-mail address at <paramref name="p"/>, else 0. Parts are capped at the RFC 5321 limits
    /// (64 and 255 characters), which also keeps hostile input such as "a.a.a.…@" linear.
    /// </summary>
    private readonly int EmailLength(int p, int e)
    {
        var at = p;
        var localEnd = Math.Min(e, p + MaxLocalPart);
        while (at < localEnd && (char.IsAsciiLetterOrDigit(_t[at]) || _t[at] is '.' or '_' or '%' or '+' or '-'))
            at++;
        if (at == p || at >= e || _t[at] != '@')
            return 0;
        var end = at + 1;
        var domainEnd = Math.Min(e, end + MaxDomain);
        while (end < domainEnd && (char.IsAsciiLetterOrDigit(_t[end]) || _t[end] is '.' or '-'))
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
