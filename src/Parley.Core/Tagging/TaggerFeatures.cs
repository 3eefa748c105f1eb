using Parley.Documents;
using Parley.Learning;
using T = Parley.Tagging.TaggerTemplates;

namespace Parley.Tagging;

/// <summary>
/// The fast form of the tagger's features: word keys are hashed once per sentence into a
/// <see cref="WordKeys"/> buffer (with two padding words on each side), then each position combines them with
/// template numbers and previous tags into a <see cref="Span{T}"/> of 64-bit feature ids. Allocates nothing.
/// </summary>
internal static class TaggerFeatures
{
    /// <summary>Padding words on each side of the sentence in the keys buffer.</summary>
    public const int Margin = 2;

    /// <summary>
    /// Fills <paramref name="keys"/> (length ≥ tokens + 4) for a sentence, and writes normalised forms into
    /// <paramref name="norms"/> (≥ 64 chars per token), recording where each is.
    /// </summary>
    public static void Prepare(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, TagDictionary dict, Span<WordKeys> keys, Span<char> norms)
    {
        PrepareWords(text, tokens, keys, norms);
        for (var i = 0; i < tokens.Length; i++)
        {
            ref var k = ref keys[i + Margin];
            (k.Dict, k.Sure) = dict.Lookup(norms.Slice(k.NormStart, k.NormLength));
            k.Entry = -1;
        }
    }

    /// <summary>As the other overload, with one <see cref="TaggerLexicon"/> lookup per word (whose entry is kept).</summary>
    public static void Prepare(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, TaggerLexicon lexicon, Span<WordKeys> keys, Span<char> norms)
    {
        PrepareWords(text, tokens, keys, norms);
        for (var i = 0; i < tokens.Length; i++)
        {
            ref var k = ref keys[i + Margin];
            k.Entry = lexicon.Find(norms.Slice(k.NormStart, k.NormLength));
            (k.Dict, k.Sure) = lexicon.Classes(k.Entry);
        }
    }

    private static void PrepareWords(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, Span<WordKeys> keys, Span<char> norms)
    {
        keys[0] = keys[1] = WordKeys.Padding(true);
        keys[tokens.Length + 2] = keys[tokens.Length + 3] = WordKeys.Padding(false);
        Span<char> lower = stackalloc char[WordForms.MaxLength];
        Span<char> shape = stackalloc char[WordForms.MaxLength];
        var at = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = text.Slice(tokens[i].Start, tokens[i].Length);
            var norm = norms.Slice(at, WordForms.Normalize(word, norms[at..]));
            var pre = word[..Math.Min(word.Length, WordForms.MaxLength)];
            // The normalised form is the lower-cased word, except for numbers.
            var low = word.Length > 0 && char.IsAsciiDigit(word[0]) ? lower[..pre.ToLowerInvariant(lower)] : norm;
            ref var k = ref keys[i + Margin];
            k.Norm = WordKeys.Key(norm);
            k.Form = WordKeys.Key(word);
            k.Shape = WordKeys.Key(shape[..WordForms.Shape(word, shape)]);
            k.Suf1 = WordKeys.Key(WordForms.Suffix(low, 1));
            k.Suf2 = WordKeys.Key(WordForms.Suffix(low, 2));
            k.Suf3 = WordKeys.Key(WordForms.Suffix(low, 3));
            k.Suf4 = WordKeys.Key(WordForms.Suffix(low, 4));
            k.Pre1 = WordKeys.Key(WordForms.Prefix(pre, 1));
            k.Pre2 = WordKeys.Key(WordForms.Prefix(pre, 2));
            k.Pre3 = WordKeys.Key(WordForms.Prefix(pre, 3));
            k.Suf5 = WordKeys.Key(WordForms.Suffix(low, 5));
            k.Pre4 = WordKeys.Key(WordForms.Prefix(pre, 4));
            k.Flags = WordForms.Flags(word, i == 0);
            k.NormStart = at;
            k.NormLength = norm.Length;
            at += norm.Length;
        }
    }

    /// <summary>Writes the features of word <paramref name="i"/> (0-based in the sentence) given the two previous tags; returns the count.</summary>
    public static int Fill(ReadOnlySpan<WordKeys> keys, int i, int prev, int prev2, Span<ulong> f)
    {
        ref readonly var w = ref keys[i + Margin];
        ref readonly var m1 = ref keys[i + Margin - 1];
        ref readonly var m2 = ref keys[i + Margin - 2];
        ref readonly var p1 = ref keys[i + Margin + 1];
        ref readonly var p2 = ref keys[i + Margin + 2];
        f[0] = FeatureHash.Of(T.Bias, 0);
        f[1] = Word(T.Norm, w.Norm);
        f[2] = Word(T.Form, w.Form);
        f[3] = Word(T.Suffix1, w.Suf1);
        f[4] = Word(T.Suffix1 + 1, w.Suf2);
        f[5] = Word(T.Suffix1 + 2, w.Suf3);
        f[6] = Word(T.Suffix1 + 3, w.Suf4);
        f[7] = Word(T.Prefix1, w.Pre1);
        f[8] = Word(T.Prefix1 + 1, w.Pre2);
        f[9] = Word(T.Prefix1 + 2, w.Pre3);
        f[10] = Word(T.Shape, w.Shape);
        f[11] = FeatureHash.Of(T.Flags, w.Flags);
        f[12] = FeatureHash.Of(T.Prev, prev);
        f[13] = FeatureHash.Of(T.Prev2, prev2);
        f[14] = FeatureHash.Of(T.PrevPrev2, prev, prev2);
        f[15] = Word(T.PrevNorm, w.Norm, prev);
        f[16] = Word(T.NormM1, m1.Norm);
        f[17] = Word(T.SuffixM1, m1.Suf3);
        f[18] = Word(T.NormM2, m2.Norm);
        f[19] = Word(T.NormP1, p1.Norm);
        f[20] = Word(T.SuffixP1, p1.Suf3);
        f[21] = Word(T.NormP2, p2.Norm);
        f[22] = Word(T.ShapeP1, p1.Shape);
        f[23] = FeatureHash.Of(T.DictP1, p1.Dict);
        f[24] = FeatureHash.Of(T.DictP2, p2.Dict);
        f[25] = Pair(T.NormNormP1, w.Norm, p1.Norm);
        f[26] = Pair(T.NormM1Norm, m1.Norm, w.Norm);
        f[27] = FeatureHash.Of(T.PrevDictP1, prev, p1.Dict);
        f[28] = FeatureHash.Of(T.Dict, w.Dict);
        f[29] = Word(T.PrevSuffix, w.Suf3, prev);
        f[30] = Word(T.ShapeM1, m1.Shape);
        f[31] = Pair(T.ShapeShapeP1, w.Shape, p1.Shape);
        f[32] = Word(T.FlagsSuffix, w.Suf3, w.Flags);
        f[33] = Word(T.Suffix5, w.Suf5);
        f[34] = Word(T.Prefix4, w.Pre4);
        f[35] = FeatureHash.Of(T.PrevFlags, prev, w.Flags);
        return T.PerToken;
    }

    /// <summary>
    /// Writes the second pass's extra features of word <paramref name="i"/>: the first pass's classes
    /// (<paramref name="first"/>, one per word) of the word, the next two and the previous one, alone and combined
    /// with the word and the second pass's previous tag; returns the count.
    /// </summary>
    public static int FillStacked(ReadOnlySpan<WordKeys> keys, ReadOnlySpan<int> first, int i, int prev, Span<ulong> f)
    {
        var norm = keys[i + Margin].Norm;
        var (c, p1, p2) = (first[i], At(first, i + 1), At(first, i + 2));
        var m1 = i >= 1 ? first[i - 1] : T.Start;
        f[0] = FeatureHash.Of(T.First, c);
        f[1] = FeatureHash.Of(T.FirstP1, p1);
        f[2] = FeatureHash.Of(T.FirstP2, p2);
        f[3] = FeatureHash.Of(T.FirstP1P2, p1, p2);
        f[4] = FeatureHash.Of(T.FirstM1, m1);
        f[5] = FeatureHash.Of(T.PrevFirstP1, prev, p1);
        f[6] = Word(T.NormFirstP1, norm, p1);
        f[7] = FeatureHash.Of(T.FirstFirstP1, c, p1);
        f[8] = FeatureHash.Of(T.FirstM1FirstP1, m1, c, p1);
        var h = Word(T.NormFirstP1P2, norm, p1);
        f[9] = FeatureHash.Of(T.NormFirstP1P2, (int)h, (int)(h >> 32), p2);
        return T.PerTokenStacked - T.PerToken;
    }

    private static int At(ReadOnlySpan<int> first, int i) => i < first.Length ? first[i] : T.End;

    private static ulong Word(int template, ulong key, int extra = 0) =>
        FeatureHash.Of(template, (int)key, (int)(key >> 32), extra);

    private static ulong Pair(int template, ulong a, ulong b)
    {
        var h = FeatureHash.Of(template, (int)a, (int)(a >> 32), (int)b);
        return FeatureHash.Of(template, (int)h, (int)(h >> 32), (int)(b >> 32));
    }
}
