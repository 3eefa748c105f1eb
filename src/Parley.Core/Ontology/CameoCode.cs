namespace Parley.Ontology;

/// <summary>
/// A CAMEO event code: the code ("04", "042", "0211"), its short name, Goldstein score (-10..10), quad class
/// (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict) and two-digit root.
/// </summary>
public sealed record CameoCode(string Code, string Name, double Goldstein, int QuadClass, string Root)
{
    /// <summary>The parent code (the code without its last digit), or null for a root.</summary>
    public string? Parent => Code.Length > 2 ? Code[..^1] : null;

    /// <summary>True for the 20 two-digit root codes.</summary>
    public bool IsRoot => Code.Length == 2;

    /// <summary>The Goldstein score of the ICEWS table where it differs from <see cref="Goldstein"/>.</summary>
    public double? GoldsteinIcews { get; init; }

    /// <summary>The quad class the CAMEO rule gives a root: 01–05 → 1, 06–08 → 2, 09–13 → 3, 14–20 → 4.</summary>
    public static int QuadOfRoot(int root) => root switch
    {
        >= 1 and <= 5 => 1,
        >= 6 and <= 8 => 2,
        >= 9 and <= 13 => 3,
        >= 14 and <= 20 => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(root), root, "CAMEO roots are 01..20"),
    };
}
