using System.Collections.Frozen;
using Parley.Diagnostics;
using Parley.Segmentation;

namespace Parley.Tokenization;

/// <summary>
/// The tokenizer's exception tables, all from data files: abbreviations that keep their period, prefixes that
/// keep a hyphenated word whole ("non-stop"), words split into several UD words ("cannot"), and emoticons.
/// Lookups take spans; immutable.
/// </summary>
internal sealed class TokenizerRules
{
    public const string PrefixFile = "tokenization/hyphen-prefixes.txt";
    public const string ContractionFile = "tokenization/contractions.txt";
    public const string EmoticonFile = "tokenization/emoticons.txt";
    public const string UnitFile = "tokenization/units.txt";

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixes;
    private readonly FrozenDictionary<string, byte[]>.AlternateLookup<ReadOnlySpan<char>> _contractions;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _units;
    private readonly bool[] _contractionShapes;

    private TokenizerRules(AbbreviationTable abbreviations, SentenceStarters starters, HashSet<string> prefixes, HashSet<string> units,
        Dictionary<string, byte[]> contractions, string[] emoticons)
    {
        Abbreviations = abbreviations;
        Starters = starters;
        _units = units.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixes = prefixes.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _contractions = contractions.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _contractionShapes = new bool[27 * 16];
        foreach (var key in contractions.Keys)
            _contractionShapes[Shape(key)] = true;
        Emoticons = emoticons;
        EmoticonStarts = new string([.. emoticons.Select(x => x[0]).Distinct().Order()]);
    }

    public AbbreviationTable Abbreviations { get; }

    public SentenceStarters Starters { get; }

    /// <summary>Whether <paramref name="letters"/> is a unit split from a preceding number ("5|m", "10|am").</summary>
    public bool IsUnit(ReadOnlySpan<char> letters) => _units.Contains(letters);

    /// <summary>Emoticons, longest first.</summary>
    public string[] Emoticons { get; }

    /// <summary>The first characters of the emoticons, for a quick rejection test.</summary>
    public string EmoticonStarts { get; }

    public bool IsHyphenPrefix(ReadOnlySpan<char> word) => _prefixes.Contains(word);

    /// <summary>Lengths of the UD words <paramref name="word"/> splits into, or null.</summary>
    public byte[]? Contraction(ReadOnlySpan<char> word) =>
        _contractionShapes[Shape(word)] && _contractions.TryGetValue(word, out var parts) ? parts : null;

    /// <summary>A cheap pre-filter key from the first letter and the length: most words skip the hash lookup.</summary>
    private static int Shape(ReadOnlySpan<char> word)
    {
        var first = word.IsEmpty ? 26 : (word[0] | 0x20) - 'a';
        return ((uint)first < 26 ? first : 26) * 16 + Math.Min(word.Length, 15);
    }

    public static TokenizerRules? Load(DataSource source, List<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count;
        var abbreviations = AbbreviationTable.Load(source, diagnostics);
        var starters = SentenceStarters.Load(source, diagnostics);
        var prefixes = Read(source, PrefixFile, diagnostics, (c, f) => ParseWords(c, f, diagnostics, "prefix of letters or digits without the hyphen"));
        var units = Read(source, UnitFile, diagnostics, (c, f) => ParseWords(c, f, diagnostics, "unit of letters"));
        var contractions = Read(source, ContractionFile, diagnostics, (c, f) => ParseContractions(c, f, diagnostics));
        var emoticons = Read(source, EmoticonFile, diagnostics, (c, f) => ParseEmoticons(c, f, diagnostics));
        if (diagnostics.Count != errors || abbreviations is null || starters is null || prefixes is null || units is null
            || contractions is null || emoticons is null)
            return null;
        return new TokenizerRules(abbreviations, starters, prefixes, units, contractions, emoticons);
    }

    private static T? Read<T>(DataSource source, string path, List<Diagnostic> diagnostics, Func<string, string, T?> parse) where T : class
    {
        var content = source.Read(path, diagnostics);
        return content is null ? null : parse(content, source.DisplayName(path));
    }

    private static HashSet<string> ParseWords(string content, string file, List<Diagnostic> diagnostics, string what)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in WordListFile.Parse(content, file))
        {
            if (e.Fields.Length != 1 || !e.Fields[0].All(char.IsLetterOrDigit))
                diagnostics.Add(WordListFile.Error(file, e, $"expected one {what}; got '{string.Join(' ', e.Fields)}'"));
            else if (WordListFile.CheckDuplicate(seen, e.Fields[0], file, e, diagnostics))
                set.Add(e.Fields[0]);
        }
        return set;
    }

    private static Dictionary<string, byte[]> ParseContractions(string content, string file, List<Diagnostic> diagnostics)
    {
        var map = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in WordListFile.Parse(content, file))
        {
            var word = e.Fields[0];
            var parts = e.Fields.Skip(1).ToArray();
            if (parts.Length < 2 || !string.Equals(string.Concat(parts), word, StringComparison.OrdinalIgnoreCase) || parts.Any(p => p.Length > 255))
                diagnostics.Add(WordListFile.Error(file, e, $"expected a word then at least two parts that spell it; got '{string.Join(' ', e.Fields)}'"));
            else if (WordListFile.CheckDuplicate(seen, word, file, e, diagnostics))
                map[word] = [.. parts.Select(p => (byte)p.Length)];
        }
        return map;
    }

    private static string[] ParseEmoticons(string content, string file, List<Diagnostic> diagnostics)
    {
        var list = new List<string>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in WordListFile.Parse(content, file))
        {
            if (e.Fields.Length != 1 || e.Fields[0].Length < 2 || char.IsLetterOrDigit(e.Fields[0][0]))
                diagnostics.Add(WordListFile.Error(file, e, $"expected one emoticon of two or more characters, not starting with a letter or digit; got '{string.Join(' ', e.Fields)}'"));
            else if (WordListFile.CheckDuplicate(seen, e.Fields[0], file, e, diagnostics))
                list.Add(e.Fields[0]);
        }
        return [.. list.OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal)];
    }
}
