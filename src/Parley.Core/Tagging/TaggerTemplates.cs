namespace Parley.Tagging;

/// <summary>
/// Feature template numbers, shared by the readable reference (<see cref="ReferenceTagger"/>) and the fast
/// hashed form (<see cref="TaggerFeatures"/>): both emit exactly these templates over the same values.
/// </summary>
internal static class TaggerTemplates
{
    public const int Bias = 0, Norm = 1, Form = 2, Suffix1 = 3, Prefix1 = 7, Shape = 10, Flags = 11;
    public const int Prev = 12, Prev2 = 13, PrevPrev2 = 14, PrevNorm = 15, NormM1 = 16, SuffixM1 = 17, NormM2 = 18;
    public const int NormP1 = 19, SuffixP1 = 20, NormP2 = 21, ShapeP1 = 22, DictP1 = 23, DictP2 = 24;
    public const int NormNormP1 = 25, NormM1Norm = 26, PrevDictP1 = 27, Dict = 28, PrevSuffix = 29, ShapeM1 = 30;
    public const int ShapeShapeP1 = 31, FlagsSuffix = 32, Suffix5 = 33, Prefix4 = 34, PrevFlags = 35;

    /// <summary>Number of features one position emits.</summary>
    public const int PerToken = 36;

    /// <summary>Templates of the second (stacked) pass over the first pass's classes: its own, the next two, the previous one.</summary>
    public const int First = 36, FirstP1 = 37, FirstP2 = 38, FirstP1P2 = 39, FirstM1 = 40, PrevFirstP1 = 41;
    public const int NormFirstP1 = 42, FirstFirstP1 = 43, FirstM1FirstP1 = 44, NormFirstP1P2 = 45;

    /// <summary>Number of features one position emits in the second pass (its own templates and the first pass's).</summary>
    public const int PerTokenStacked = PerToken + 10;

    /// <summary>The first-pass class of positions after the sentence.</summary>
    public const int End = -3;

    /// <summary>The tag value of positions before the sentence.</summary>
    public const int Start = -1;

    /// <summary>The dictionary value of padding positions (before or after the sentence).</summary>
    public const int Pad = -2;
}
