using Parley.Learning;

namespace Parley.Parsing;

/// <summary>
/// The features of <see cref="ReferenceFeatures"/>, in the same order, as 64-bit hashes of template numbers and
/// vocabulary ids, written into a caller's span without allocating.
/// </summary>
internal static class HashedFeatures
{
    public const int MoveCount = 80;
    public const int LabelCount = 21;

    /// <summary>
    /// Writes the move features of <paramref name="s"/> into <paramref name="f"/>; with <paramref name="table"/>, asks
    /// it to prefetch each group of features as soon as it is written.
    /// </summary>
    public static void Moves(SentenceInput x, ParserState s, Span<ulong> f, CompactMoveWeights? table = null)
    {
        var c = Context.Of(s);
        var (s0, n0, n1, n2, d) = (c.S0, c.N0, c.N1, c.N2, c.Distance);
        var (ws0, ps0, wn0, pn0) = (W(x, s0), P(x, s0), W(x, n0), P(x, n0));
        var (wps0, wpn0) = (ws0 << 8 | ps0, wn0 << 8 | pn0);
        var (pn1, pn2, ps0h, ps0l, ps0r, pn0l) = (P(x, n1), P(x, n2), P(x, c.S0h), P(x, c.S0l), P(x, c.S0r), P(x, c.N0l));
        var k = 0;
        f[k++] = H(1, ws0); f[k++] = H(2, ps0); f[k++] = H(3, ws0, ps0);
        f[k++] = H(4, wn0); f[k++] = H(5, pn0); f[k++] = H(6, wn0, pn0);
        f[k++] = H(7, W(x, n1)); f[k++] = H(8, pn1); f[k++] = H(9, W(x, n1), pn1);
        f[k++] = H(10, W(x, n2)); f[k++] = H(11, pn2); f[k++] = H(12, W(x, n2), pn2);
        f[k++] = H(13, wps0, wpn0); f[k++] = H(14, wps0, wn0); f[k++] = H(15, ws0, wpn0);
        f[k++] = H(16, wps0, pn0); f[k++] = H(17, ps0, wpn0); f[k++] = H(18, ws0, wn0);
        f[k++] = H(19, ps0, pn0); f[k++] = H(20, pn0, pn1);
        table?.Prefetch(f[..k]);
        f[k++] = H(21, pn0, pn1, pn2); f[k++] = H(22, ps0, pn0, pn1);
        f[k++] = H(23, ps0h, ps0, pn0); f[k++] = H(24, ps0, ps0l, pn0);
        f[k++] = H(25, ps0, ps0r, pn0); f[k++] = H(26, ps0, pn0, pn0l);
        f[k++] = H(27, ws0, d); f[k++] = H(28, ps0, d); f[k++] = H(29, wn0, d); f[k++] = H(30, pn0, d);
        f[k++] = H(31, ws0, wn0, d); f[k++] = H(32, ps0, pn0, d);
        int vr = Count(s.RightCount, s0), vl = Count(s.LeftCount, s0), nl = Count(s.LeftCount, n0);
        f[k++] = H(33, ws0, vr); f[k++] = H(34, ps0, vr); f[k++] = H(35, ws0, vl); f[k++] = H(36, ps0, vl);
        f[k++] = H(37, wn0, nl); f[k++] = H(38, pn0, nl);
        table?.Prefetch(f[20..k]);
        f[k++] = H(39, W(x, c.S0h)); f[k++] = H(40, ps0h); f[k++] = H(41, L(s, s0));
        f[k++] = H(42, W(x, c.S0l)); f[k++] = H(43, ps0l); f[k++] = H(44, L(s, c.S0l));
        f[k++] = H(45, W(x, c.S0r)); f[k++] = H(46, ps0r); f[k++] = H(47, L(s, c.S0r));
        f[k++] = H(48, W(x, c.N0l)); f[k++] = H(49, pn0l); f[k++] = H(50, L(s, c.N0l));
        f[k++] = H(51, W(x, c.S0h2)); f[k++] = H(52, P(x, c.S0h2)); f[k++] = H(53, L(s, c.S0h));
        f[k++] = H(54, W(x, c.S0l2)); f[k++] = H(55, P(x, c.S0l2)); f[k++] = H(56, L(s, c.S0l2));
        f[k++] = H(57, W(x, c.S0r2)); f[k++] = H(58, P(x, c.S0r2)); f[k++] = H(59, L(s, c.S0r2));
        f[k++] = H(60, W(x, c.N0l2)); f[k++] = H(61, P(x, c.N0l2)); f[k++] = H(62, L(s, c.N0l2));
        f[k++] = H(63, ps0, ps0l, P(x, c.S0l2)); f[k++] = H(64, ps0, ps0r, P(x, c.S0r2));
        f[k++] = H(65, ps0, ps0h, P(x, c.S0h2)); f[k++] = H(66, pn0, pn0l, P(x, c.N0l2));
        table?.Prefetch(f[38..k]);
        var (srLo, srHi) = Set(s.RightSet, s0);
        var (slLo, slHi) = Set(s.LeftSet, s0);
        var (nlLo, nlHi) = Set(s.LeftSet, n0);
        f[k++] = H(67, ws0, srLo, srHi); f[k++] = H(68, ps0, srLo, srHi);
        f[k++] = H(69, ws0, slLo, slHi); f[k++] = H(70, ps0, slLo, slHi);
        f[k++] = H(71, wn0, nlLo, nlHi); f[k++] = H(72, pn0, nlLo, nlHi);
        f[k++] = H(73, W(x, c.S1)); f[k++] = H(74, P(x, c.S1)); f[k++] = H(75, P(x, c.S1), ps0, pn0);
        int us0 = U(x, s0), un0 = U(x, n0);
        f[k++] = H(76, us0, un0); f[k++] = H(77, us0); f[k++] = H(78, un0);
        f[k++] = H(79, U(x, n1), un0, us0);
        f[k] = H(80, 0);
    }

    public static void Labels(SentenceInput x, ParserState s, int h, int d, Span<ulong> f)
    {
        var t = h < d ? 200 : 100;
        var hh = h > 0 ? s.Heads[h] : -1;
        var dist = Context.Bucket(Math.Abs(h - d));
        var next = d < x.N ? d + 1 : -1;
        int wh = W(x, h), ph = P(x, h), wd = W(x, d), pd = P(x, d);
        var k = 0;
        f[k++] = H(t + 1, wh); f[k++] = H(t + 2, ph); f[k++] = H(t + 3, wd); f[k++] = H(t + 4, pd);
        f[k++] = H(t + 5, wh, pd); f[k++] = H(t + 6, ph, wd);
        f[k++] = H(t + 7, ph, pd); f[k++] = H(t + 8, wh, wd);
        f[k++] = H(t + 9, ph, pd, dist);
        f[k++] = H(t + 10, pd, L(s, s.Left1[d]));
        var (a, b) = Set(s.LeftSet, d);
        f[k++] = H(t + 11, pd, a, b);
        (a, b) = Set(s.RightSet, d);
        f[k++] = H(t + 12, pd, a, b);
        f[k++] = H(t + 13, ph, L(s, h));
        f[k++] = H(t + 14, ph, P(x, hh));
        f[k++] = H(t + 15, pd, P(x, next));
        f[k++] = H(t + 16, pd, P(x, d - 1));
        (a, b) = Set(s.LeftSet, h);
        f[k++] = H(t + 17, pd, a, b);
        (a, b) = Set(s.RightSet, h);
        f[k++] = H(t + 18, pd, a, b);
        f[k++] = H(t + 19, U(x, d), U(x, h));
        f[k++] = H(t + 20, U(x, d));
        f[k] = H(t + 21, 0);
    }

    private static ulong H(int template, int a, int b = 0, int c = 0) => FeatureHash.Of(template, a, b, c);

    private static int W(SentenceInput x, int i) => i < 0 ? ParserVocabulary.NoneId : x.WordIds[i];

    private static int P(SentenceInput x, int i) => i < 0 ? ParserVocabulary.NoneId : x.TagIds[i];

    private static int U(SentenceInput x, int i) => i < 0 ? ParserVocabulary.NoneId : x.UposIds[i];

    private static int L(ParserState s, int i) => i <= 0 || s.Labels[i] < 0 ? 0 : s.Labels[i] + 1;

    private static int Count(int[] counts, int i) => i < 0 ? -1 : Math.Min(counts[i], 6);

    private static (int, int) Set(ulong[] sets, int i) =>
        i < 0 ? (-1, -1) : ((int)(uint)sets[i], (int)(uint)(sets[i] >> 32));
}
