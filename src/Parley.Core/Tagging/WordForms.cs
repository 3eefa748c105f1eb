namespace Parley.Tagging;

/// <summary>
/// The word-level views the tagger's features use, computed into caller buffers without allocation:
/// a normalised form (lower case; four-digit numbers become <c>!YEAR</c>, other numbers <c>!DIGITS</c>),
/// a collapsed shape (<c>Xxxx</c>, <c>dd.dd</c>) and orthographic flags.
/// </summary>
public static class WordForms
{
    /// <summary>Longest buffer any of these methods writes.</summary>
    public const int MaxLength = 64;

    /// <summary>Writes the normalised form of <paramref name="word"/> and returns its length.</summary>
    public static int Normalize(ReadOnlySpan<char> word, Span<char> dest)
    {
        if (word.Length > 0 && char.IsAsciiDigit(word[0]))
        {
            var year = word.Length == 4 && !word.ContainsAnyExceptInRange('0', '9');
            var tag = year ? "!YEAR" : "!DIGITS";
            tag.AsSpan().CopyTo(dest);
            return tag.Length;
        }
        var n = Math.Min(word.Length, Math.Min(dest.Length, MaxLength));
        return word[..n].ToLowerInvariant(dest);
    }

    /// <summary>Writes the shape of <paramref name="word"/> (runs of one kind cut at two) and returns its length.</summary>
    public static int Shape(ReadOnlySpan<char> word, Span<char> dest)
    {
        var n = 0;
        var run = 0;
        var last = '\0';
        foreach (var c in word)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = s == last ? run + 1 : 1;
            last = s;
            if (run > 2)
                continue;
            if (n == dest.Length || n == MaxLength)
                break;
            dest[n++] = s;
        }
        return n;
    }

    /// <summary>Orthographic flags: 1 hyphen, 2 digit, 4 initial capital, 8 all capitals, 16 sentence start, 32 period.</summary>
    public static int Flags(ReadOnlySpan<char> word, bool sentenceStart)
    {
        var flags = sentenceStart ? 16 : 0;
        if (word.Length == 0)
            return flags;
        if (word[1..].Contains('-'))
            flags |= 1;
        if (word.IndexOfAnyInRange('0', '9') >= 0)
            flags |= 2;
        if (char.IsUpper(word[0]))
            flags |= 4;
        if (word.Length > 1 && !word.ContainsAnyExceptInRange('A', 'Z'))
            flags |= 8;
        if (word.Contains('.'))
            flags |= 32;
        return flags;
    }

    /// <summary>The last <paramref name="n"/> characters (the whole word when shorter).</summary>
    public static ReadOnlySpan<char> Suffix(ReadOnlySpan<char> word, int n) => word.Length <= n ? word : word[^n..];

    /// <summary>The first <paramref name="n"/> characters (the whole word when shorter).</summary>
    public static ReadOnlySpan<char> Prefix(ReadOnlySpan<char> word, int n) => word.Length <= n ? word : word[..n];
}
