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
        var a = alias.AsSpan();
        int ai = 0, ti = 0;
        while (true)
        {
            var aw = NextWord(a, ref ai);
            var tw = NextWord(text, ref ti);
            if (aw.IsEmpty || tw.IsEmpty)
                return aw.IsEmpty && tw.IsEmpty;
            if (!WordCompatible(aw, tw))
                return false;
        }
    }

    /// <summary>The next word of <paramref name="s"/> from <paramref name="i"/> (words are separated by spaces and hyphens).</summary>
    private static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> s, ref int i)
    {
        while (i < s.Length && Char(s[i]) == ' ')
            i++;
        var start = i;
        while (i < s.Length && Char(s[i]) != ' ')
            i++;
        return s[start..i];
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
}
