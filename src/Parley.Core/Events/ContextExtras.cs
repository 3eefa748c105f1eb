using System.Globalization;

namespace Parley.Events;

/// <summary>
/// The one parser of data/coding/context.txt: each line kind (own forces, implied targets, protesters, domestic
/// sectors, destination prepositions, names of pairs of countries, place targets, the document window …) is taken
/// into its collection; <see cref="Expected"/> lists the kinds for the malformed-line message.
/// </summary>
internal sealed class ContextExtras
{
    /// <summary>The syntax of every line kind, in the order of the message that reports a line of none of them.</summary>
    private static readonly string[] Syntax =
    [
        "own-forces  CAMEO-PREFIX  SECTOR", "implied-target  CAMEO-PREFIX  SECTOR", "protester  CAMEO-PREFIX  SECTOR  SECTOR",
        "implied-from  CAMEO-PREFIX  SECTOR  SECTOR", "unseen-perpetrator  CAMEO-PREFIX  SECTOR", "former-role  SECTOR  SECTOR  WORD | WORD",
        "no-country  SECTOR", "domestic  SECTOR", "destination  PREPOSITION", "pair-mutual  CAMEO-PREFIX", "pair-name  NAME  ISO3  ISO3",
        "implied-source  CAMEO-PREFIX  SECTOR", "place-target  CAMEO-PREFIX  object|PREPOSITION|…", "held-by  LEMMA", "document-window  SENTENCES", "named-owner  LEMMA", "journey  LEMMA", "members  LEMMA", "consequence  attack|repression|damage|riot  CAMEO-PREFIX",
    ];

    /// <summary>The message for a line of no known kind, derived from <see cref="Syntax"/>.</summary>
    public static string Expected { get; } = "expected one of: " + string.Join(", ", Syntax) + " (each followed by a comment)";

    public List<(string Prefix, string Sector)> OwnForces { get; } = [];

    public List<(string Prefix, string Sector)> Implied { get; } = [];

    public List<(string Prefix, string From, string To)> Protesters { get; } = [];

    public List<(string Prefix, string From, string To)> ImpliedFrom { get; } = [];

    public List<(string Prefix, string Sector)> Unseen { get; } = [];

    public List<(string From, string To, HashSet<string> Words)> Former { get; } = [];

    public List<string> NoCountry { get; } = [];

    public HashSet<string> Domestic { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Destinations { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<string> PairMutual { get; } = [];

    public Dictionary<string, string[]> PairNames { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<(string Prefix, string Sector)> ImpliedSources { get; } = [];

    public List<(string Prefix, string[] Relations)> PlaceTargets { get; } = [];

    public HashSet<string> HeldBy { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> NamedOwner { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> Journeys { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> Members { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<(string Role, string Prefix)> Consequences { get; } = [];

    public int Window { get; private set; }

    /// <summary>Takes one line's fields when they are one of the kinds; false when they are not (or malformed).</summary>
    public bool TryAdd(IReadOnlyList<string> f) => TryAddRule(f) || TryAddSet(f);

    private bool TryAddRule(IReadOnlyList<string> f)
    {
        switch (f)
        {
            case ["own-forces", var prefix, var sector, ..] when IsPrefix(prefix) && IsSector(sector):
                OwnForces.Add((prefix, sector));
                return true;
            case ["implied-target", var prefix, var addressee, ..] when IsPrefix(prefix) && IsSector(addressee):
                Implied.Add((prefix, addressee));
                return true;
            case ["protester", var prefix, var from, var to, ..] when IsPrefix(prefix) && IsSector(from) && IsSector(to):
                Protesters.Add((prefix, from, to));
                return true;
            case ["implied-from", var prefix, var from, var to, ..] when IsPrefix(prefix) && IsSector(from) && IsSector(to):
                ImpliedFrom.Add((prefix, from, to));
                return true;
            case ["unseen-perpetrator", var prefix, var sector, ..] when IsPrefix(prefix) && IsSector(sector):
                Unseen.Add((prefix, sector));
                return true;
            case ["former-role", var from, var to, var words, ..] when IsSector(from) && IsSector(to):
                Former.Add((from, to, [.. words.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant())]));
                return true;
            case ["implied-source", var prefix, var sector, ..] when IsPrefix(prefix) && IsSector(sector):
                ImpliedSources.Add((prefix, sector));
                return true;
            case ["place-target", var prefix, var relations, ..] when IsPrefix(prefix) && relations.Split('|').All(r => r.Length > 0 && r.All(char.IsAsciiLetterLower)):
                PlaceTargets.Add((prefix, relations.Split('|')));
                return true;
            default:
                return false;
        }
    }

    private bool TryAddSet(IReadOnlyList<string> f)
    {
        switch (f)
        {
            case ["no-country", var sector, ..] when IsSector(sector):
                NoCountry.Add(sector);
                return true;
            case ["domestic", var sector, ..] when IsSector(sector):
                Domestic.Add(sector);
                return true;
            case ["destination", var word, ..] when word.All(char.IsAsciiLetterLower):
                Destinations.Add(word);
                return true;
            case ["consequence", var role, var prefix, ..] when role is "attack" or "repression" or "damage" or "riot" && IsPrefix(prefix):
                Consequences.Add((role, prefix));
                return true;
            case ["pair-mutual", var prefix, ..] when IsPrefix(prefix):
                PairMutual.Add(prefix);
                return true;
            case ["pair-name", var name, var first, var second, ..] when IsSector(first) && IsSector(second) && first != second:
                PairNames[name] = [first, second];
                return true;
            case ["held-by", var lemma, ..] when lemma.All(char.IsAsciiLetterLower):
                HeldBy.Add(lemma);
                return true;
            case ["named-owner", var lemma, ..] when lemma.All(char.IsAsciiLetterLower):
                NamedOwner.Add(lemma);
                return true;
            case ["journey", var lemma, ..] when lemma.All(char.IsAsciiLetterLower):
                Journeys.Add(lemma);
                return true;
            case ["members", var lemma, ..] when lemma.All(char.IsAsciiLetterLower):
                Members.Add(lemma);
                return true;
            case ["document-window", var n, ..] when int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var w) && w <= 20:
                Window = w;
                return true;
            default:
                return false;
        }
    }

    private static bool IsPrefix(string s) => ContextRules.IsPrefix(s);

    private static bool IsSector(string s) => ContextRules.IsSector(s);
}
