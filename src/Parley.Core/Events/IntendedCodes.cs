using Parley.Data;
using Parley.Diagnostics;
using Parley.Ontology;

namespace Parley.Events;

/// <summary>The threat code an announced act of material conflict implies (data/coding/intended.txt).</summary>
public sealed class IntendedCodes
{
    private readonly (string Prefix, string Threat)[] _rules;

    /// <summary>Creates the table from (act prefix, threat code) rules.</summary>
    public IntendedCodes(IEnumerable<(string Prefix, string Threat)> rules) =>
        _rules = [.. rules.OrderByDescending(r => r.Prefix.Length).ThenBy(r => r.Prefix, StringComparer.Ordinal)];

    /// <summary>The threat code for an intended act coded <paramref name="cameo"/>, or null when it is not material conflict.</summary>
    public string? ThreatFor(string cameo)
    {
        foreach (var (prefix, threat) in _rules)
            if (cameo.StartsWith(prefix, StringComparison.Ordinal))
                return threat;
        return null;
    }

    /// <summary>Loads <c>prefix  ACT  THREAT  comment</c> lines, checking the codes against <paramref name="cameo"/>.</summary>
    public static IntendedCodes Load(string path, CameoCatalog cameo, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(cameo);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var rules = new List<(string, string)>();
        foreach (var line in DataLine.ReadFile(path))
        {
            if (line.Fields.Count >= 3 && line.Fields[0] == "prefix" && cameo.Contains(line.Fields[2]) && line.Fields[1].All(char.IsAsciiDigit))
                rules.Add((line.Fields[1], line.Fields[2]));
            else
                diagnostics.Add(Diagnostic.Create(Messages.DataMalformed, line.Location, "expected: prefix  ACT-PREFIX  THREAT-CODE (a known CAMEO code)  comment"));
        }
        return new IntendedCodes(rules);
    }
}
