using System.Globalization;

namespace Parley.Events;

/// <summary>
/// The lines of data/coding/context.txt that say how far context gives a country-less agent its country: domestic
/// sectors, destination prepositions, names of pairs of countries, the acts a pair group does toward each other, and the document window.
/// </summary>
internal sealed class ContextExtras
{
    public HashSet<string> Domestic { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Destinations { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<string> PairMutual { get; } = [];

    public Dictionary<string, string[]> PairNames { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<(string Prefix, string Sector)> ImpliedSources { get; } = [];

    public List<(string Prefix, string[] Relations)> PlaceTargets { get; } = [];

    public HashSet<string> HeldBy { get; } = new(StringComparer.OrdinalIgnoreCase);

    public int Window { get; private set; }

    /// <summary>Takes one line's fields when they are one of these kinds; false when they are not (or malformed).</summary>
    public bool TryAdd(IReadOnlyList<string> f)
    {
        switch (f)
        {
            case ["domestic", var sector, ..] when ContextRules.IsSector(sector):
                Domestic.Add(sector);
                return true;
            case ["destination", var word, ..] when word.All(char.IsAsciiLetterLower):
                Destinations.Add(word);
                return true;
            case ["pair-mutual", var prefix, ..] when ContextRules.IsPrefix(prefix):
                PairMutual.Add(prefix);
                return true;
            case ["pair-name", var name, var first, var second, ..] when IsCountry(first) && IsCountry(second) && first != second:
                PairNames[name] = [first, second];
                return true;
            case ["implied-source", var ip, var sector, ..] when ContextRules.IsPrefix(ip) && ContextRules.IsSector(sector):
                ImpliedSources.Add((ip, sector));
                return true;
            case ["place-target", var pt, var relations, ..] when ContextRules.IsPrefix(pt) && relations.Split('|').All(r => r.Length > 0 && r.All(char.IsAsciiLetterLower)):
                PlaceTargets.Add((pt, relations.Split('|')));
                return true;
            case ["held-by", var lemma, ..] when lemma.All(char.IsAsciiLetterLower):
                HeldBy.Add(lemma);
                return true;
            case ["document-window", var n, ..] when int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var w) && w <= 20:
                Window = w;
                return true;
            default:
                return false;
        }
    }

    private static bool IsCountry(string s) => ContextRules.IsSector(s);
}
