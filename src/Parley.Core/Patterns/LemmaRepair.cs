namespace Parley.Patterns;

/// <summary>
/// Verb keys a suffix-stripping lemmatizer can leave damaged when it removes "-ed"/"-ing" from a past form it does
/// not know: a lost final e ("blamed" → "blam", "extradited" → "extradit"), an undoubled consonant ("shelled" →
/// "shel", "boycotted" → "boycot") or a kept e ("raided" → "raide"). The dictionary tries these spellings, in
/// this order, only for a verb key that has no patterns of its own, so a real lemma always wins.
/// </summary>
internal static class LemmaRepair
{
    /// <summary>The repaired spellings of <paramref name="key"/> (lower case; a phrasal key repairs its verb).</summary>
    public static IEnumerable<string> Alternatives(string key)
    {
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        var verb = space < 0 ? key : key[..space];
        var rest = space < 0 ? "" : key[space..];
        if (verb.Length < 3)
            yield break;
        yield return verb + "e" + rest;
        var last = verb[^1];
        if (IsConsonant(last) && !IsConsonant(verb[^2]))
            yield return verb + last + rest;
        if (last == 'e' && IsConsonant(verb[^2]))
            yield return verb[..^1] + rest;
    }

    private static bool IsConsonant(char c) => c is >= 'a' and <= 'z' && "aeiouy".IndexOf(c, StringComparison.Ordinal) < 0;
}
