using System.Globalization;
using Parley.Documents;

namespace Parley.Dates;

/// <summary>Token access for the date rules: a sentence's tokens looked up in the lexicon, bounds-checked.</summary>
internal readonly ref struct DateWords(Document document, DateLexicon lexicon, int first, int end)
{
    public int End => end;

    public ReadOnlySpan<char> Text(int i) => i >= first && i < end
        ? document.Text.AsSpan(document.Tokens[i].Start, document.Tokens[i].Length) : [];

    public bool Is(int i, out string kind, out string value)
    {
        (kind, value) = ("", "");
        return i >= first && i < end && lexicon.TryGet(Text(i), out kind, out value);
    }

    /// <summary>
    /// False when no rule can match at <paramref name="i"/>: every rule needs there a date word, a number, or the first
    /// word of a two-word form.
    /// </summary>
    public bool MayStart(int i) => Is(i, out _, out _) || Number(i) != int.MinValue || (i >= first && i < end && lexicon.MayStartPair(Text(i)));

    public bool IsKind(int i, string kind) => Is(i, out var k, out _) && k == kind;

    public int Value(int i, string kind) =>
        Is(i, out var k, out var v) && k == kind ? int.Parse(v, CultureInfo.InvariantCulture) : int.MinValue;

    public string Unit(int i) => Is(i, out var k, out var v) && k == "unit" ? v : "";

    /// <summary>The value of a two-token form ("last night") starting at <paramref name="i"/>.</summary>
    public bool IsPair(int i, string kind, out int value)
    {
        value = 0;
        if (i + 1 >= end || i < first)
            return false;
        var pair = string.Concat(Text(i), " ", Text(i + 1));
        if (!lexicon.TryGet(pair, out var k, out var v) || k != kind)
            return false;
        value = int.Parse(v, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>A plain or ordinal number ("12", "12th"), or <see cref="int.MinValue"/>.</summary>
    public int Number(int i)
    {
        var t = Text(i);
        if (t.Length > 2 && (t.EndsWith("st") || t.EndsWith("nd") || t.EndsWith("rd") || t.EndsWith("th")))
            t = t[..^2];
        return t.Length is > 0 and <= 4 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MinValue;
    }

    public bool IsComma(int i) => Text(i) is [','];
}
