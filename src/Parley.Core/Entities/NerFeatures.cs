using Parley.Documents;
using Parley.Learning;
using Parley.Tagging;

namespace Parley.Entities;

/// <summary>
/// The recognizer's hashed features: the word, its case, shape, affixes, predicted UPOS and XPOS, gazetteer
/// matches, a two-word window each side and the two previous labels. Allocates nothing.
/// </summary>
internal static class NerFeatures
{
    public const int Margin = 2;
    public const int PerToken = 39;

    /// <summary>
    /// Fills the keys (length ≥ tokens + 4) of a tagged sentence; <paramref name="xposKeys"/> caches the key of each
    /// XPOS string id of the document (0 = not yet computed).
    /// </summary>
    public static void Prepare(Document doc, ReadOnlySpan<TokenData> tokens, Gazetteer gazetteer, Span<NerWordKeys> keys, Span<ulong> tokenKeys, Span<GazetteerKind> begins, Span<GazetteerKind> inside, Span<ulong> xposKeys)
    {
        keys[0] = keys[1] = NerWordKeys.Padding(true);
        keys[tokens.Length + 2] = keys[tokens.Length + 3] = NerWordKeys.Padding(false);
        Span<char> buffer = stackalloc char[WordForms.MaxLength];
        var text = doc.Text.AsSpan();
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = text.Slice(tokens[i].Start, tokens[i].Length);
            var clipped = word[..Math.Min(word.Length, WordForms.MaxLength)];
            ref var k = ref keys[i + Margin];
            k.Form = WordKeys.Key(word);
            k.Shape = WordKeys.Key(buffer[..WordForms.Shape(word, buffer)]);
            // The lower-cased form, once: the gazetteer's token key (Gazetteer.TokenKey) and the suffixes.
            var low = buffer[..clipped.ToLowerInvariant(buffer)];
            k.Lower = tokenKeys[i] = FeatureHash.Of(0, low);
            k.Suf3 = WordKeys.Key(WordForms.Suffix(low, 3));
            k.Suf4 = WordKeys.Key(WordForms.Suffix(low, 4));
            k.Pre3 = WordKeys.Key(WordForms.Prefix(clipped, 3));
            k.Xpos = XposKey(doc, tokens[i].Xpos, xposKeys);
            k.Upos = (int)tokens[i].Upos;
            k.Flags = WordForms.Flags(word, i == 0);
        }
        gazetteer.Match(tokenKeys[..tokens.Length], begins, inside);
        for (var i = 0; i < tokens.Length; i++)
        {
            ref var k = ref keys[i + Margin];
            k.GazBegin = (int)begins[i];
            k.GazInside = (int)inside[i];
        }
    }

    private static ulong XposKey(Document doc, int id, Span<ulong> cache)
    {
        if ((uint)id >= (uint)cache.Length)
            return WordKeys.Key(doc.Strings[id]);
        ref var key = ref cache[id];
        if (key == 0)
            key = WordKeys.Key(doc.Strings[id]);
        return key;
    }

    /// <summary>Writes the features of word <paramref name="i"/> given the two previous labels; returns the count.</summary>
    public static int Fill(ReadOnlySpan<NerWordKeys> keys, int i, int prev, int prev2, Span<ulong> f)
    {
        ref readonly var w = ref keys[i + Margin];
        ref readonly var m1 = ref keys[i + Margin - 1];
        ref readonly var m2 = ref keys[i + Margin - 2];
        ref readonly var p1 = ref keys[i + Margin + 1];
        ref readonly var p2 = ref keys[i + Margin + 2];
        f[0] = FeatureHash.Of(0, 0);
        f[1] = K(1, w.Form);
        f[2] = K(2, w.Lower);
        f[3] = K(3, w.Shape);
        f[4] = K(4, w.Suf3);
        f[5] = K(5, w.Suf4);
        f[6] = K(6, w.Pre3);
        f[7] = FeatureHash.Of(7, w.Upos);
        f[8] = K(8, w.Xpos);
        f[9] = FeatureHash.Of(9, w.Flags);
        f[10] = FeatureHash.Of(10, w.GazBegin, w.GazInside);
        f[11] = FeatureHash.Of(11, w.GazBegin, w.GazInside, w.Flags & 20);
        f[12] = FeatureHash.Of(12, prev);
        f[13] = FeatureHash.Of(13, prev, prev2);
        f[14] = K(14, w.Shape, prev);
        f[15] = FeatureHash.Of(15, prev, w.Upos);
        f[16] = K(16, w.Lower, prev);
        f[17] = K(17, m1.Lower);
        f[18] = K(18, p1.Lower);
        f[19] = K(19, m2.Lower);
        f[20] = K(20, p2.Lower);
        f[21] = FeatureHash.Of(21, m1.Upos, w.Upos, p1.Upos);
        f[22] = K(22, m1.Shape, (int)p1.Shape);
        f[23] = K(23, p1.Shape);
        f[24] = FeatureHash.Of(24, m1.GazBegin, m1.GazInside);
        f[25] = FeatureHash.Of(25, p1.GazBegin, p1.GazInside);
        f[26] = K(26, w.Lower, p1.Upos);
        f[27] = K(27, w.Lower, m1.Upos);
        f[28] = K(28, m1.Xpos);
        f[29] = K(29, p1.Xpos);
        f[30] = K(30, m1.Form);
        f[31] = K(31, p1.Form);
        f[32] = K(32, w.Suf3, w.Upos);
        f[33] = FeatureHash.Of(33, prev, w.GazBegin, w.GazInside);
        f[34] = K(34, m1.Lower, (int)w.Shape);
        f[35] = K(35, p1.Lower, (int)w.Shape);
        f[36] = FeatureHash.Of(36, w.Upos, w.Flags);
        f[37] = K(37, m1.Lower, prev);
        f[38] = FeatureHash.Of(38, w.Upos, p1.Upos, w.GazBegin | w.GazInside);
        return PerToken;
    }

    private static ulong K(int template, ulong key, int extra = 0) => FeatureHash.Of(template, (int)key, (int)(key >> 32), extra);
}
