using System.Text;
using Parley.Documents;

namespace Parley.Actors;

/// <summary>A dictionary phrase found in a document.</summary>
/// <param name="Entries">The entries of the phrase whose case fits the text.</param>
/// <param name="FirstToken">First token of the phrase.</param>
/// <param name="EndToken">One past the last token the phrase touches.</param>
/// <param name="Start">Start character offset.</param>
/// <param name="End">End character offset, before any possessive suffix.</param>
/// <param name="Possessive">True when <c>'s</c> or <c>'</c> follows.</param>
/// <param name="NextToken">The first token after the phrase and its possessive suffix.</param>
internal readonly record struct PhraseMatch(AliasEntry[] Entries, int FirstToken, int EndToken, int Start, int End, bool Possessive, int NextToken);

/// <summary>
/// Finds the longest dictionary phrase starting at a token, following the text character by character so that
/// it works whatever the tokenizer did with "U.S.", "Kim’s" or "Jong-un". A phrase starts at a token start and
/// ends at a token end, before a possessive suffix, or before a hyphen inside a token that is followed by a capital.
/// </summary>
internal static class PhraseMatcher
{
    private const int MaxTokens = 16;

    public static PhraseMatch? Longest(AliasIndex index, AliasTable table, Document doc, int first, int limit)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        var start = tokens[first].Start;
        var sb = new StringBuilder();
        PhraseMatch? best = null;
        void Try(int j, int end, bool possessive, int next)
        {
            var key = sb.ToString().TrimEnd();
            var entries = index.Get(table, key);
            if (entries.Length == 0)
                return;
            var surface = text.Substring(start, end - start);
            var fit = Array.FindAll(entries, e => AliasKey.CaseCompatible(e.Form, surface));
            if (fit.Length > 0)
                best = new PhraseMatch(fit, first, j + 1, start, end, possessive, next);
        }
        for (var j = first; j < limit && j < first + MaxTokens; j++)
        {
            var t = tokens[j];
            if (j > first && tokens[j - 1].SpaceAfter > 0 && sb.Length > 0 && sb[^1] != ' ')
                sb.Append(' ');
            for (var k = 0; k < t.Length; k++)
            {
                var c = AliasKey.Char(text[t.Start + k]);
                if (c == ' ')
                {
                    // A hyphen ends a phrase only before another name ("Trump-Kim"), not in "rebel-held".
                    if (k > 0 && sb.Length > 0 && sb[^1] != ' ' && k + 1 < t.Length && char.IsUpper(text[t.Start + k + 1]))
                        Try(j, t.Start + k, false, j + 1);
                    if (sb.Length == 0 || sb[^1] == ' ')
                        continue;
                }
                sb.Append(c);
                if (k + 1 < t.Length && IsPossessive(text.AsSpan(t.Start + k + 1, t.Length - k - 1)))
                    Try(j, t.Start + k + 1, true, j + 1);
            }
            if (sb.Length == 0)
                return null;
            if (sb[^1] != ' ' && !BeforeCompound(doc, j, limit))
            {
                var separate = j + 1 < limit && t.SpaceAfter == 0 && IsPossessive(Span(doc, j + 1));
                Try(j, t.End, separate, separate ? j + 2 : j + 1);
            }
            if (!index.IsPrefix(sb.ToString()))
                break;
        }
        return best;
    }

    /// <summary>True when token <paramref name="j"/> is glued by a hyphen to a lower-case word ("rebel" in "rebel-held").</summary>
    private static bool BeforeCompound(Document doc, int j, int limit)
    {
        var tokens = doc.Tokens;
        if (j + 2 >= limit || tokens[j].SpaceAfter > 0 || tokens[j + 1].SpaceAfter > 0)
            return false;
        var hyphen = Span(doc, j + 1);
        return hyphen.Length == 1 && AliasKey.Char(hyphen[0]) == ' ' && char.IsLower(doc.Text[tokens[j + 2].Start]);
    }

    /// <summary>The characters of token <paramref name="i"/>.</summary>
    public static ReadOnlySpan<char> Span(Document doc, int i) => doc.Text.AsSpan(doc.Tokens[i].Start, doc.Tokens[i].Length);

    /// <summary>True for <c>'s</c>, <c>’s</c>, <c>'</c> and <c>’</c>.</summary>
    public static bool IsPossessive(ReadOnlySpan<char> s) =>
        (s.Length == 1 && AliasKey.Char(s[0]) == '\'') ||
        (s.Length == 2 && AliasKey.Char(s[0]) == '\'' && (s[1] == 's' || s[1] == 'S'));
}
