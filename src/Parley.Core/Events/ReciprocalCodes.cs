using Parley.Data;
using Parley.Diagnostics;

namespace Parley.Events;

/// <summary>CAMEO code prefixes whose acts are reciprocal between conjoined actors (data/coding/reciprocal.txt).</summary>
public sealed class ReciprocalCodes
{
    private readonly string[] _prefixes;
    private readonly (string Word, string Prefix)[] _distributive;

    /// <summary>Creates the set from code prefixes.</summary>
    public ReciprocalCodes(IEnumerable<string> prefixes) : this(prefixes, []) { }

    /// <summary>Creates the set from code prefixes and distributive words with the code prefixes they apply to.</summary>
    public ReciprocalCodes(IEnumerable<string> prefixes, IEnumerable<(string Word, string Prefix)> distributive)
    {
        _prefixes = [.. prefixes];
        _distributive = [.. distributive];
    }

    /// <summary>True when <paramref name="cameo"/> starts with one of the prefixes.</summary>
    public bool Contains(string cameo) => _prefixes.Any(p => cameo.StartsWith(p, StringComparison.Ordinal));

    /// <summary>
    /// True when <paramref name="word"/> (lower case), a floating quantifier on the act ("have all expressed
    /// interest"), makes conjoined sources of <paramref name="cameo"/> act each on its own, not toward each other.
    /// </summary>
    public bool IsDistributive(string word, string cameo) =>
        _distributive.Any(d => d.Word == word && cameo.StartsWith(d.Prefix, StringComparison.Ordinal));

    /// <summary>
    /// Loads <c>prefix  CODE  comment</c> and <c>distributive  WORD  CODE  comment</c> lines; bad lines are reported
    /// with file:line.
    /// </summary>
    public static ReciprocalCodes Load(string path, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var prefixes = new List<string>();
        var distributive = new List<(string, string)>();
        foreach (var line in DataLine.ReadFile(path))
        {
            if (line.Fields.Count >= 2 && line.Fields[0] == "prefix" && IsPrefix(line.Fields[1]))
                prefixes.Add(line.Fields[1]);
            else if (line.Fields.Count >= 3 && line.Fields[0] == "distributive" && IsPrefix(line.Fields[2]))
                distributive.Add((line.Fields[1].ToLowerInvariant(), line.Fields[2]));
            else
                diagnostics.Add(Diagnostic.Create(Messages.DataMalformed, line.Location, "expected: prefix  CAMEO-CODE  comment, or distributive  WORD  CAMEO-CODE  comment"));
        }
        return new ReciprocalCodes(prefixes, distributive);
    }

    private static bool IsPrefix(string code) => code.All(char.IsAsciiDigit) && code.Length is >= 2 and <= 4;
}
