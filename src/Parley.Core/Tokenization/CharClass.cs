using System.Globalization;

namespace Parley.Tokenization;

/// <summary>Character tests used by the scanner; no allocation, no regular expressions.</summary>
internal static class CharClass
{
    public static bool IsMark(char c)
    {
        var cat = char.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    /// <summary>
    /// Letters, digits and combining marks: what words are made of; also the soft hyphen and the zero-width
    /// (non-)joiner, which occur inside words ("basic\u00ADally", Persian and Indic spellings).
    /// </summary>
    public static bool IsWord(char c) => char.IsLetterOrDigit(c) || (c > 0xAC && (c is '\u00AD' or '\u200C' or '\u200D' || (c > 0x2FF && IsMark(c))));

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    public static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c);

    /// <summary>Punctuation that may repeat into one token ("--", "!!!", "...", "**").</summary>
    public static bool IsRepeatable(char c) => c is '-' or '*' or '=' or '$' or '+' or '~' or '<' or '>' or '#' or '_' or '`' or '\'' or '|' or '^' or '/' or ':';

    /// <summary>Sentence-final marks; runs of them form one token ("?!", "...", "!!!").</summary>
    public static bool IsTerminal(char c) => c is '.' or '!' or '?' or '\u2026';

    /// <summary>Characters a URL may not end with when text follows it (they belong to the sentence).</summary>
    public static bool IsUrlTrailer(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"' or '\u201D' or '\u2019' or '>' or '\u00BB';

    /// <summary>Opening quotation marks.</summary>
    public static bool IsOpeningQuote(char c) => c is '"' or '\u201C' or '\u2018' or '\u00AB' or '`';

    /// <summary>Characters that continue an emoji cluster: variation selectors, zero-width joiner, skin tones.</summary>
    public static bool IsClusterExtender(char c) => c is '\u200D' or '\uFE0E' or '\uFE0F' || IsMark(c);
}
