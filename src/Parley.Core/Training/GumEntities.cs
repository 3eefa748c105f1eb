using System.IO.Compression;
using Parley.Diagnostics;
using Parley.Documents;

namespace Parley.Training;

/// <summary>
/// Turns GUM's entity layer (every mention, nested, typed person/place/organization/…) into UNER-style name
/// tags. A mention becomes a name when, cut at its first comma, parenthesis or relative pronoun and stripped of
/// leading lower-case words, common nouns and titles ("the", "Speakers of", "President"; for a person also
/// everything up to a title inside: "NASA Administrator Charles Bolden") and trailing possessives, it is a run
/// of capitalised words (inner "of", "and", "the", "de", "&amp;" allowed) holding a proper noun — not a plural demonym
/// ("Americans"). Types map through the <see cref="NerTypeMap"/> (person, organization, place; others O).
/// Outer names win over names nested inside them.
/// </summary>
internal static class GumEntities
{
    private static readonly HashSet<string> Connectors = new(["of", "and", "the", "de", "du", "la", "le", "von", "van", "der", "&", "-", "for", "on", "upon", "'s"], StringComparer.Ordinal);
    private static readonly HashSet<string> Cuts = new([",", "(", "-LRB-", "who", "which", "that", "whose", "where"], StringComparer.Ordinal);
    private static readonly HashSet<string> Titles = new(["The", "A", "An", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "President", "Senator", "Sen.", "Gov.", "Governor", "King", "Queen", "Prince", "Princess", "Pope", "Prime", "Minister", "General", "Gen.", "Captain", "Capt.", "Professor", "Prof.", "Judge", "Justice", "Rep.", "Representative", "Chairman", "Secretary", "Lord", "Lady", "Sir", "Mayor", "Chancellor", "Vice", "Premier", "Emperor", "Saint", "Chief", "Colonel", "Col.", "Lt.", "Lieutenant", "Sgt.", "Sergeant", "Director", "Ambassador", "Bishop", "Archbishop", "Father", "Rev.", "Reverend", "Uncle", "Aunt", "Attorney", "Major", "Administrator", "MP", "Commissioner", "Officer", "CEO", "Coach", "Detective", "Agent"], StringComparer.Ordinal);

    /// <summary>True when a CoNLL-U file carries GUM's <c>Entity=</c> layer (checked on its first 2,000 lines).</summary>
    public static bool HasEntityLayer(string path) => Lines(path).Take(2000).Any(l => l.Contains("Entity=(", StringComparison.Ordinal));

    /// <summary>Reads the sentences of a GUM CoNLL-U file with name tags.</summary>
    public static List<IobSentence> Read(string path, NerTypeMap map, ICollection<Diagnostic> diagnostics)
    {
        var result = new List<IobSentence>();
        var rows = new List<string[]>();
        var unmapped = new HashSet<string>(StringComparer.Ordinal);
        var n = 0;
        foreach (var line in Lines(path).Append(""))
        {
            n++;
            if (line.Length == 0)
            {
                if (rows.Count > 0)
                    result.Add(Convert(rows, map, t => { if (unmapped.Add(t)) diagnostics.Add(Diagnostic.Create(Messages.Iob2Malformed, new Location(path, n), $"GUM entity type '{t}' is not in the type map")); }));
                rows = [];
                continue;
            }
            if (line[0] == '#')
                continue;
            var cols = line.Split('\t');
            if (cols.Length != 10)
                diagnostics.Add(Diagnostic.Create(Messages.Iob2Malformed, new Location(path, n), line));
            else if (!cols[0].Contains('-', StringComparison.Ordinal) && !cols[0].Contains('.', StringComparison.Ordinal))
                rows.Add(cols);
        }
        return result;
    }

    private static IobSentence Convert(List<string[]> rows, NerTypeMap map, Action<string> unmapped)
    {
        var words = rows.Select(r => r[1]).ToArray();
        var tags = Enumerable.Repeat(EntityTag.Outside, words.Length).ToArray();
        var mentions = GumMentions.Read([.. rows.Select(r => GumMentions.EntityValue(r[9]))]);
        foreach (var m in mentions.OrderBy(m => m.Depth).ThenBy(m => m.Start))
        {
            var type = map.Map(m.Type);
            if (type is null)
                unmapped(m.Type);
            if (type is not (EntityType.PER or EntityType.ORG or EntityType.LOC) || NameSpan(rows, m) is not { } span)
                continue;
            var (s, e) = span;
            if (Enumerable.Range(s, e - s + 1).Any(i => tags[i].Iob != Iob.O))
                continue;
            for (var i = s; i <= e; i++)
                tags[i] = new EntityTag(i == s ? Iob.B : Iob.I, type.Value);
        }
        return new IobSentence(words, tags);
    }

    // The name inside a mention, or null when the mention is not a name.
    private static (int, int)? NameSpan(List<string[]> rows, GumMention m)
    {
        var (s, e) = (m.Start, m.End);
        for (var i = s + 1; i <= e; i++)
            if (Cuts.Contains(rows[i][1]))
            {
                e = i - 1;
                break;
            }
        while (s <= e && (!Capitalised(rows[s][1]) || Titles.Contains(rows[s][1]) || rows[s][4] is not ("NNP" or "NNPS" or "JJ" or "CD")))
            s++;
        for (var i = e - 1; i > s && m.Type == "person"; i--)
            if (Titles.Contains(rows[i][1]))
            {
                s = i + 1;
                break;
            }
        while (e >= s && (rows[e][1] is "'s" or "'" || rows[e][3] == "PUNCT"))
            e--;
        if (s > e || !Capitalised(rows[e][1]))
            return null;
        var proper = false;
        for (var i = s; i <= e; i++)
        {
            if (!Capitalised(rows[i][1]) && !Connectors.Contains(rows[i][1]))
                return null;
            proper |= rows[i][3] == "PROPN";
        }
        var demonyms = Enumerable.Range(s, e - s + 1).All(i => rows[i][4] == "NNPS") && m.Type == "person";
        return proper && !demonyms ? (s, e) : null;
    }

    private static bool Capitalised(string word) => word.Length > 0 && (char.IsUpper(word[0]) || char.IsDigit(word[0]) && word.Length > 1 && word.Any(char.IsLetter));

    private static IEnumerable<string> Lines(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new StreamReader(path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream);
        while (reader.ReadLine() is { } line)
            yield return line;
    }
}
