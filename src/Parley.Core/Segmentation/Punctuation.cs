namespace Parley.Segmentation;

/// <summary>Tests on token text used by the splitter.</summary>
internal static class Punctuation
{
    /// <summary>A run of sentence-final marks: ".", "?!", "...", "…".</summary>
    public static bool IsTerminal(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (c is not ('.' or '!' or '?' or '\u2026'))
                return false;
        }
        return token.Length > 0;
    }

    /// <summary>An ellipsis: two or more periods, or "…".</summary>
    public static bool IsEllipsis(ReadOnlySpan<char> token) => token.Contains('\u2026') || token.Count('.') >= 2;

    /// <summary>An emoticon-like token (":)", ";-(", "=D"): it stays with the sentence it follows.</summary>
    public static bool IsEmoticon(ReadOnlySpan<char> token) =>
        token.Length >= 2 && token[0] is ':' or ';' or '=' && token[1] is not (':' or ';' or '=');

    /// <summary>Closing quotes and brackets that stay with the sentence they follow.</summary>
    public static bool IsCloser(ReadOnlySpan<char> token) =>
        token.Length == 1 ? token[0] is '\u201D' or '\u2019' or '"' or '\'' or ')' or ']' or '}' or '\u00BB' or '\u203A'
        : token.SequenceEqual("''") || token.SequenceEqual("\u2019\u2019");

    /// <summary>Opening quotes that may start a sentence.</summary>
    public static bool IsOpeningQuote(ReadOnlySpan<char> token) =>
        token.Length == 1 ? token[0] is '\u201C' or '"' or '\u2018' or '\'' or '\u00AB' : token.SequenceEqual("``");
}
