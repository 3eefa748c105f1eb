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

/// <summary>The longest noun, adjective and agent phrases starting at one token.</summary>
internal readonly record struct PhraseMatches(PhraseMatch? Noun, PhraseMatch? Adjective, PhraseMatch? Agent)
{
    public PhraseMatch? this[AliasTable table] => table switch
    {
        AliasTable.Noun => Noun,
        AliasTable.Adjective => Adjective,
        _ => Agent,
    };
}

/// <summary>
/// Finds the longest dictionary phrases starting at a token, following the text character by character so that
/// it works whatever the tokenizer did with "U.S.", "Kim’s" or "Jong-un". A phrase starts at a token start and
/// ends at a token end, before a possessive suffix, or before a hyphen inside a token that is followed by a capital.
/// </summary>
internal sealed class PhraseMatcher(AliasIndex index, Document doc)
{
    private const int MaxTokens = 16;
    private char[] _key = new char[64];
    private int _length;
    private PhraseMatch? _noun, _adjective, _agent;

    /// <summary>The longest phrase of each table at token <paramref name="first"/>, within tokens before <paramref name="limit"/>.</summary>
    public PhraseMatches Match(int first, int limit)
    {
        (_length, _noun, _adjective, _agent) = (0, null, null, null);
        var text = doc.Text;
        var tokens = doc.Tokens;
        for (var j = first; j < limit && j < first + MaxTokens; j++)
        {
            var t = tokens[j];
            if (j > first && tokens[j - 1].SpaceAfter > 0 && _length > 0 && _key[_length - 1] != ' ')
                Append(' ');
            for (var k = 0; k < t.Length; k++)
            {
                var c = AliasKey.Char(text[t.Start + k]);
                if (c == ' ')
                {
                    // A hyphen ends a phrase only before another name ("Trump-Kim"), not in "rebel-held".
                    if (k > 0 && _length > 0 && _key[_length - 1] != ' ' && k + 1 < t.Length && char.IsUpper(text[t.Start + k + 1]))
                        Try(first, j, t.Start + k, false, j + 1);
                    if (_length == 0 || _key[_length - 1] == ' ')
                        continue;
                }
                Append(c);
                if (k + 1 < t.Length && IsPossessive(text.AsSpan(t.Start + k + 1, t.Length - k - 1)) && index.IsPrefix(_key.AsSpan(0, _length)))
                    Try(first, j, t.Start + k + 1, true, j + 1);
            }
            if (_length == 0 || !index.IsPrefix(_key.AsSpan(0, _length)))
                break;
            if (_key[_length - 1] != ' ' && !BeforeCompound(j, limit))
            {
                var separate = j + 1 < limit && t.SpaceAfter == 0 && IsPossessive(Span(doc, j + 1));
                Try(first, j, t.End, separate, separate ? j + 2 : j + 1);
            }
        }
        return new PhraseMatches(_noun, _adjective, _agent);
    }

    private void Append(char c)
    {
        if (_length == _key.Length)
            Array.Resize(ref _key, _key.Length * 2);
        _key[_length++] = c;
    }

    private void Try(int first, int j, int end, bool possessive, int next)
    {
        var key = _key.AsSpan(0, _length).TrimEnd(' ');
        var start = doc.Tokens[first].Start;
        var surface = doc.Text.AsSpan(start, end - start);
        _noun = Fit(AliasTable.Noun, key, surface, first, j, start, end, possessive, next) ?? _noun;
        _adjective = Fit(AliasTable.Adjective, key, surface, first, j, start, end, possessive, next) ?? _adjective;
        _agent = Fit(AliasTable.Agent, key, surface, first, j, start, end, possessive, next) ?? _agent;
    }

    private PhraseMatch? Fit(AliasTable table, ReadOnlySpan<char> key, ReadOnlySpan<char> surface, int first, int j, int start, int end, bool possessive, int next)
    {
        var entries = index.Get(table, key);
        if (entries.Length == 0)
            return null;
        // Counted first, so that the entries that fit are copied into one array of their size (no list).
        var count = 0;
        foreach (var e in entries)
            if (AliasKey.CaseCompatible(e.Form, surface))
                count++;
        if (count == 0)
            return null;
        var fit = new AliasEntry[count];
        count = 0;
        foreach (var e in entries)
            if (AliasKey.CaseCompatible(e.Form, surface))
                fit[count++] = e;
        return new PhraseMatch(fit, first, j + 1, start, end, possessive, next);
    }

    /// <summary>True when token <paramref name="j"/> is glued by a hyphen to a lower-case word ("rebel" in "rebel-held").</summary>
    private bool BeforeCompound(int j, int limit)
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
