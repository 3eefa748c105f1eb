using Parley.Documents;

namespace Parley.Parsing;

/// <summary>
/// The parser's features as readable strings, after Zhang &amp; Nivre (2011): words (w) and tags (p) of the stack
/// top s0, the buffer n0..n2, s0's head (h) and grandhead (h2), the left- and rightmost children (l, r, l2, r2),
/// their labels, the distance d between s0 and n0, valencies (vl, vr) and label sets (sl, sr, nl); plus s1 and
/// the UPOS (u) of s0, n0 and n1. <see cref="HashedFeatures"/> computes the same features, in the same order, as
/// hashes of ids instead of strings. Every template always yields exactly one feature.
/// </summary>
internal static class ReferenceFeatures
{
    public static void Moves(SentenceInput x, ParserState s, ParserVocabulary v, List<string> f)
    {
        f.Clear();
        var c = Context.Of(s);
        string W(int i) => Word(x, i);
        string P(int i) => Tag(x, i);
        string L(int i) => Label(s, v, i);
        var (s0, n0, n1, n2) = (c.S0, c.N0, c.N1, c.N2);
        f.Add($"s0w={W(s0)}"); f.Add($"s0p={P(s0)}"); f.Add($"s0wp={W(s0)}/{P(s0)}");
        f.Add($"n0w={W(n0)}"); f.Add($"n0p={P(n0)}"); f.Add($"n0wp={W(n0)}/{P(n0)}");
        f.Add($"n1w={W(n1)}"); f.Add($"n1p={P(n1)}"); f.Add($"n1wp={W(n1)}/{P(n1)}");
        f.Add($"n2w={W(n2)}"); f.Add($"n2p={P(n2)}"); f.Add($"n2wp={W(n2)}/{P(n2)}");
        f.Add($"s0wp,n0wp={W(s0)}/{P(s0)},{W(n0)}/{P(n0)}");
        f.Add($"s0wp,n0w={W(s0)}/{P(s0)},{W(n0)}");
        f.Add($"s0w,n0wp={W(s0)},{W(n0)}/{P(n0)}");
        f.Add($"s0wp,n0p={W(s0)}/{P(s0)},{P(n0)}");
        f.Add($"s0p,n0wp={P(s0)},{W(n0)}/{P(n0)}");
        f.Add($"s0w,n0w={W(s0)},{W(n0)}");
        f.Add($"s0p,n0p={P(s0)},{P(n0)}");
        f.Add($"n0p,n1p={P(n0)},{P(n1)}");
        f.Add($"n0p,n1p,n2p={P(n0)},{P(n1)},{P(n2)}");
        f.Add($"s0p,n0p,n1p={P(s0)},{P(n0)},{P(n1)}");
        f.Add($"s0hp,s0p,n0p={P(c.S0h)},{P(s0)},{P(n0)}");
        f.Add($"s0p,s0lp,n0p={P(s0)},{P(c.S0l)},{P(n0)}");
        f.Add($"s0p,s0rp,n0p={P(s0)},{P(c.S0r)},{P(n0)}");
        f.Add($"s0p,n0p,n0lp={P(s0)},{P(n0)},{P(c.N0l)}");
        f.Add($"s0w,d={W(s0)},{c.Distance}"); f.Add($"s0p,d={P(s0)},{c.Distance}");
        f.Add($"n0w,d={W(n0)},{c.Distance}"); f.Add($"n0p,d={P(n0)},{c.Distance}");
        f.Add($"s0w,n0w,d={W(s0)},{W(n0)},{c.Distance}"); f.Add($"s0p,n0p,d={P(s0)},{P(n0)},{c.Distance}");
        f.Add($"s0w,vr={W(s0)},{Count(s.RightCount, s0)}"); f.Add($"s0p,vr={P(s0)},{Count(s.RightCount, s0)}");
        f.Add($"s0w,vl={W(s0)},{Count(s.LeftCount, s0)}"); f.Add($"s0p,vl={P(s0)},{Count(s.LeftCount, s0)}");
        f.Add($"n0w,vl={W(n0)},{Count(s.LeftCount, n0)}"); f.Add($"n0p,vl={P(n0)},{Count(s.LeftCount, n0)}");
        f.Add($"s0hw={W(c.S0h)}"); f.Add($"s0hp={P(c.S0h)}"); f.Add($"s0l={L(s0)}");
        f.Add($"s0lw={W(c.S0l)}"); f.Add($"s0lp={P(c.S0l)}"); f.Add($"s0ll={L(c.S0l)}");
        f.Add($"s0rw={W(c.S0r)}"); f.Add($"s0rp={P(c.S0r)}"); f.Add($"s0rl={L(c.S0r)}");
        f.Add($"n0lw={W(c.N0l)}"); f.Add($"n0lp={P(c.N0l)}"); f.Add($"n0ll={L(c.N0l)}");
        f.Add($"s0h2w={W(c.S0h2)}"); f.Add($"s0h2p={P(c.S0h2)}"); f.Add($"s0hl={L(c.S0h)}");
        f.Add($"s0l2w={W(c.S0l2)}"); f.Add($"s0l2p={P(c.S0l2)}"); f.Add($"s0l2l={L(c.S0l2)}");
        f.Add($"s0r2w={W(c.S0r2)}"); f.Add($"s0r2p={P(c.S0r2)}"); f.Add($"s0r2l={L(c.S0r2)}");
        f.Add($"n0l2w={W(c.N0l2)}"); f.Add($"n0l2p={P(c.N0l2)}"); f.Add($"n0l2l={L(c.N0l2)}");
        f.Add($"s0p,s0lp,s0l2p={P(s0)},{P(c.S0l)},{P(c.S0l2)}");
        f.Add($"s0p,s0rp,s0r2p={P(s0)},{P(c.S0r)},{P(c.S0r2)}");
        f.Add($"s0p,s0hp,s0h2p={P(s0)},{P(c.S0h)},{P(c.S0h2)}");
        f.Add($"n0p,n0lp,n0l2p={P(n0)},{P(c.N0l)},{P(c.N0l2)}");
        f.Add($"s0w,sr={W(s0)},{Set(s.RightSet, s0, v)}"); f.Add($"s0p,sr={P(s0)},{Set(s.RightSet, s0, v)}");
        f.Add($"s0w,sl={W(s0)},{Set(s.LeftSet, s0, v)}"); f.Add($"s0p,sl={P(s0)},{Set(s.LeftSet, s0, v)}");
        f.Add($"n0w,nl={W(n0)},{Set(s.LeftSet, n0, v)}"); f.Add($"n0p,nl={P(n0)},{Set(s.LeftSet, n0, v)}");
        f.Add($"s1w={W(c.S1)}"); f.Add($"s1p={P(c.S1)}");
        f.Add($"s1p,s0p,n0p={P(c.S1)},{P(s0)},{P(n0)}");
        f.Add($"s0u,n0u={U(x, s0)},{U(x, n0)}"); f.Add($"s0u={U(x, s0)}"); f.Add($"n0u={U(x, n0)}");
        f.Add($"n1u,n0u,s0u={U(x, n1)},{U(x, n0)},{U(x, s0)}");
        f.Add("bias");
    }

    /// <summary>Features for labelling the arc <paramref name="h"/> → <paramref name="d"/>.</summary>
    public static void Labels(SentenceInput x, ParserState s, ParserVocabulary v, int h, int d, List<string> f)
    {
        f.Clear();
        var dir = h < d ? "R" : "L";
        string W(int i) => Word(x, i);
        string P(int i) => Tag(x, i);
        var hh = h > 0 ? s.Heads[h] : -1;
        var dist = Context.Bucket(Math.Abs(h - d));
        var next = d < x.N ? d + 1 : -1;
        f.Add($"{dir}hw={W(h)}"); f.Add($"{dir}hp={P(h)}"); f.Add($"{dir}dw={W(d)}"); f.Add($"{dir}dp={P(d)}");
        f.Add($"{dir}hw,dp={W(h)},{P(d)}"); f.Add($"{dir}hp,dw={P(h)},{W(d)}");
        f.Add($"{dir}hp,dp={P(h)},{P(d)}"); f.Add($"{dir}hw,dw={W(h)},{W(d)}");
        f.Add($"{dir}hp,dp,d={P(h)},{P(d)},{dist}");
        f.Add($"{dir}dp,dll={P(d)},{Label(s, v, s.Left1[d])}");
        f.Add($"{dir}dp,dsl={P(d)},{Set(s.LeftSet, d, v)}");
        f.Add($"{dir}dp,dsr={P(d)},{Set(s.RightSet, d, v)}");
        f.Add($"{dir}hp,hl={P(h)},{Label(s, v, h)}");
        f.Add($"{dir}hp,hhp={P(h)},{P(hh)}");
        f.Add($"{dir}dp,d+1p={P(d)},{P(next)}");
        f.Add($"{dir}dp,d-1p={P(d)},{P(d - 1)}");
        f.Add($"{dir}dp,hsl={P(d)},{Set(s.LeftSet, h, v)}");
        f.Add($"{dir}dp,hsr={P(d)},{Set(s.RightSet, h, v)}");
        f.Add($"{dir}du,hu={U(x, d)},{U(x, h)}");
        f.Add($"{dir}du={U(x, d)}");
        f.Add($"{dir}bias");
    }

    private static string Word(SentenceInput x, int i) => i < 0 ? "<NONE>" : x.Words[i];

    private static string Tag(SentenceInput x, int i) => i < 0 ? "<NONE>" : x.Tags[i];

    private static string U(SentenceInput x, int i) =>
        i < 0 ? "<NONE>" : i == 0 ? "<ROOT>" : SentenceInput.UposName((Upos)(x.UposIds[i] - 3));

    private static string Label(ParserState s, ParserVocabulary v, int i) =>
        i <= 0 || s.Labels[i] < 0 ? "<NONE>" : v.Labels[s.Labels[i]];

    private static int Count(int[] counts, int i) => i < 0 ? -1 : Math.Min(counts[i], 6);

    private static string Set(ulong[] sets, int i, ParserVocabulary v)
    {
        if (i < 0)
            return "<NONE>";
        var names = new List<string>();
        for (var b = 0; b < 64; b++)
            if ((sets[i] & (1UL << b)) != 0)
                names.Add(v.BaseRelations[b]);
        return string.Join('+', names);
    }
}
