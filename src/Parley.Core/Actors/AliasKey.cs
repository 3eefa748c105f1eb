namespace Parley.Actors;

/// <summary>
/// The normal form under which aliases are stored and text is looked up: lower case, curly apostrophes made
/// straight, hyphens and whitespace made single spaces. Character-for-character except for space runs.
/// </summary>
internal static class AliasKey
{
    /// <summary>Normalizes one character (1:1).</summary>
    public static char Char(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' or '`' => '\'',
        '-' or '\u2010' or '\u2011' => ' ',
        _ when char.IsWhiteSpace(c) => ' ',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>Normalizes a whole alias: per-character mapping, runs of spaces collapsed, trimmed.</summary>
    public static string Of(string alias)
    {
        var sb = new System.Text.StringBuilder(alias.Length);
        foreach (var ch in alias)
        {
            var c = Char(ch);
            if (c == ' ' && (sb.Length == 0 || sb[^1] == ' '))
                continue;
            sb.Append(c);
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>
    /// True when the text's capitalisation is compatible with the alias's, word by word: an all-capitals alias
    /// word ("US", "DPRK") needs capitals in the text, a capitalised one ("China") a capital first letter, a
    /// lower-case one ("troops") matches any case.
    /// </summary>
    public static bool CaseCompatible(string alias, ReadOnlySpan<char> text)
    {
        var aw = Words(alias.AsSpan());
        var tw = Words(text);
        if (aw.Count != tw.Count)
            return false;
        for (var i = 0; i < aw.Count; i++)
        {
            if (!WordCompatible(alias.AsSpan(aw[i].Start, aw[i].Length), text.Slice(tw[i].Start, tw[i].Length)))
                return false;
        }
        return true;
    }

    private static bool WordCompatible(ReadOnlySpan<char> a, ReadOnlySpan<char> t)
    {
        var hasUpper = false;
        var hasLower = false;
        foreach (var c in a)
        {
            hasUpper |= char.IsUpper(c);
            hasLower |= char.IsLower(c);
        }
        if (hasUpper && !hasLower)
        {
            foreach (var c in t)
            {
                if (char.IsLower(c))
                    return false;
            }
            return true;
        }
        var fa = FirstLetter(a);
        return fa < 0 || !char.IsUpper(a[fa]) || (FirstLetter(t) is var ft && ft >= 0 && char.IsUpper(t[ft]));
    }

    private static int FirstLetter(ReadOnlySpan<char> s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsLetter(s[i]))
                return i;
        }
        return -1;
    }

    private static List<(int Start, int Length)> Words(ReadOnlySpan<char> s)
    {
        var words = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i <= s.Length; i++)
        {
            var sep = i == s.Length || Char(s[i]) == ' ';
            if (sep && start >= 0)
            {
                words.Add((start, i - start));
                start = -1;
            }
            else if (!sep && start < 0)
                start = i;
        }
        return words;
    }
}
