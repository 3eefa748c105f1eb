namespace Parley.Training;

/// <summary>
/// Person and organization names for the recognizer's gazetteer, from Parley's actor dictionaries
/// (<c>data/actors</c>): every name and alias of <c>people/*.txt</c> (PER, plus the last word of each name of
/// two or more words) and of <c>organizations.txt</c> (ORG), keeping only names written as names (each word
/// capitalised, or a connector such as "of", "for", "the"). Hyphenated words are also entered split, as UD
/// tokenizes them ("Abu - Marzouk").
/// </summary>
public static class NerActorNames
{
    private static readonly HashSet<string> Connectors = new(["of", "for", "the", "and", "de", "al", "bin", "ibn", "von", "van", "der", "da", "do", "dos", "el", "la", "le", "&", "on", "in"], StringComparer.Ordinal);

    /// <summary>The provenance lines of the derived file.</summary>
    public static readonly string[] Source =
    [
        "Derived by `parley train gazetteer --actors data/actors` from Parley's actor dictionaries (people/*.txt,",
        "organizations.txt); see their headers and NOTICE.md (CC BY-SA 3.0, Phoenix dictionaries MIT). This file: CC BY-SA 3.0.",
    ];

    /// <summary>The (kind, lower-cased phrase) entries of the actor dictionaries under <paramref name="actorsDir"/>.</summary>
    public static List<(string Kind, string Phrase)> Build(string actorsDir)
    {
        var entries = new List<(string, string)>();
        foreach (var file in Directory.GetFiles(Path.Combine(actorsDir, "people"), "*.txt").Order(StringComparer.Ordinal))
            foreach (var line in Lines(file).Where(l => !char.IsWhiteSpace(l[0])))
                foreach (var name in Names(line))
                {
                    Add(entries, "PER", name);
                    var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (words.Length > 1 && words[^1].Length > 2)
                        Add(entries, "PER", words[^1]);
                }
        foreach (var line in Lines(Path.Combine(actorsDir, "organizations.txt")).Where(l => !char.IsWhiteSpace(l[0])))
        {
            var cut = line.IndexOf("  ", StringComparison.Ordinal);
            if (cut > 0)
                foreach (var name in Names(line[cut..].Trim()))
                    Add(entries, "ORG", name);
        }
        return entries;
    }

    private static IEnumerable<string> Names(string field) =>
        field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(IsName);

    private static bool IsName(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || Connectors.Contains(w) || w.StartsWith("al-", StringComparison.Ordinal));

    private static void Add(List<(string, string)> entries, string kind, string name)
    {
        var lower = name.ToLowerInvariant();
        var phrase = string.Join(' ', lower.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (phrase.Length < 2)
            return;
        entries.Add((kind, phrase));
        if (phrase.Contains('-', StringComparison.Ordinal))
            entries.Add((kind, phrase.Replace("-", " - ", StringComparison.Ordinal)));
    }

    private static IEnumerable<string> Lines(string path) =>
        File.ReadLines(path).Select(l => { var c = l.IndexOf("  #", StringComparison.Ordinal); return c >= 0 ? l[..c] : l; })
            .Where(l => l.Trim().Length > 0 && l.TrimStart()[0] != '#');
}
