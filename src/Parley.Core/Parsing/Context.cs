namespace Parley.Parsing;

/// <summary>The positions the features look at (-1 where there is no such word), and the bucketed distance.</summary>
internal readonly record struct Context(
    int S0, int S1, int N0, int N1, int N2, int S0h, int S0h2,
    int S0l, int S0l2, int S0r, int S0r2, int N0l, int N0l2, int Distance)
{
    public static Context Of(ParserState s)
    {
        var s0 = s.S0;
        var n0 = s.B(0);
        var s0h = s0 > 0 ? s.Heads[s0] : -1;
        var s0h2 = s0h > 0 ? s.Heads[s0h] : -1;
        return new Context(
            s0, s.S1, n0, s.B(1), s.B(2), s0h, s0h2,
            At(s.Left1, s0), At(s.Left2, s0), At(s.Right1, s0), At(s.Right2, s0),
            At(s.Left1, n0), At(s.Left2, n0),
            s0 > 0 && n0 > 0 ? Bucket(n0 - s0) : 0);
    }

    /// <summary>Distances 1–4 as they are, then 5 for 5–9 and 6 for 10 and more.</summary>
    public static int Bucket(int d) => d < 5 ? d : d < 10 ? 5 : 6;

    private static int At(int[] a, int i) => i < 0 ? -1 : a[i];
}
