using Parley.Data;
using Parley.Diagnostics;

namespace Parley.Events;

/// <summary>CAMEO code prefixes whose acts are reciprocal between conjoined actors (data/coding/reciprocal.txt).</summary>
public sealed class ReciprocalCodes
{
    private readonly string[] _prefixes;

    /// <summary>Creates the set from code prefixes.</summary>
    public ReciprocalCodes(IEnumerable<string> prefixes) => _prefixes = [.. prefixes];

    /// <summary>True when <paramref name="cameo"/> starts with one of the prefixes.</summary>
    public bool Contains(string cameo) => _prefixes.Any(p => cameo.StartsWith(p, StringComparison.Ordinal));

    /// <summary>Loads <c>prefix  CODE  comment</c> lines; bad lines are reported with file:line.</summary>
    public static ReciprocalCodes Load(string path, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var prefixes = new List<string>();
        foreach (var line in DataLine.ReadFile(path))
        {
            if (line.Fields.Count >= 2 && line.Fields[0] == "prefix" && line.Fields[1].All(char.IsAsciiDigit) && line.Fields[1].Length is >= 2 and <= 4)
                prefixes.Add(line.Fields[1]);
            else
                diagnostics.Add(Diagnostic.Create(Messages.DataMalformed, line.Location, "expected: prefix  CAMEO-CODE  comment"));
        }
        return new ReciprocalCodes(prefixes);
    }
}
