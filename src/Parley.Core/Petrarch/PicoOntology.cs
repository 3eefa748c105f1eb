using System.Collections.Frozen;
using System.Globalization;
using Parley.Diagnostics;

namespace Parley.Petrarch;

/// <summary>
/// PETRARCH-2's internal coding ontology (PICO, <c>PETR_Validate_Internal_Coding_Ontology_1_01.txt</c>): each CAMEO code
/// has a numeric value (<c>110:0x1007f#…</c>, sums and differences of hexadecimal terms). PETRARCH-2 negates a code by
/// subtracting 0xFFFF from its value and reading the code of the result back ("did not clash over" 110 → 050, "will not
/// tap" 170 → 057); a result no code has means nothing is coded. Lines are <c>CODE:VALUE</c>; what follows a <c>#</c> is
/// a comment (alternative values, names). Immutable.
/// </summary>
public sealed class PicoOntology
{
    /// <summary>The value PETRARCH-2 subtracts to negate a code.</summary>
    public const long Negation = 0xFFFF;

    private readonly FrozenDictionary<string, long> _values;
    private readonly FrozenDictionary<long, string> _codes;

    private PicoOntology(List<(string Code, long Value)> entries)
    {
        _values = entries.DistinctBy(e => e.Code, StringComparer.Ordinal).ToFrozenDictionary(e => e.Code, e => e.Value, StringComparer.Ordinal);
        _codes = entries.DistinctBy(e => e.Value).ToFrozenDictionary(e => e.Value, e => e.Code);
    }

    /// <summary>How many codes have a value.</summary>
    public int Count => _values.Count;

    /// <summary>The value of <paramref name="code"/>, or null when the ontology does not list it.</summary>
    public long? ValueOf(string code) => _values.TryGetValue(code, out var v) ? v : null;

    /// <summary>
    /// The code of the negated act: <paramref name="code"/>'s value minus 0xFFFF, read back (the first code written with
    /// that value); null when the ontology does not list the code or no code has the negated value.
    /// </summary>
    public string? Negate(string code) =>
        ValueOf(code) is { } v && _codes.TryGetValue(v - Negation, out var negated) ? negated : null;

    /// <summary>Reads an ontology file; a malformed line is reported (PRL750) and left out; null when unreadable (PRL600).</summary>
    public static PicoOntology? Read(string path, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (PetrarchLines.Read(path, diagnostics) is not { } lines)
            return null;
        var entries = new List<(string, long)>();
        foreach (var line in lines)
        {
            var colon = line.Text.IndexOf(':', StringComparison.Ordinal);
            var code = colon < 0 ? "" : line.Text[..colon].Trim();
            if (colon <= 0 || Value(line.Text[(colon + 1)..]) is not { } value || code.Any(char.IsWhiteSpace))
            {
                diagnostics.Add(Diagnostic.Create(Messages.PicoLineMalformed, new Location(path, line.Number), line.Text.Trim()));
                continue;
            }
            entries.Add((code, value));
        }
        return new PicoOntology(entries);
    }

    // "-0xFFFF+0x2040+0x300": signed hexadecimal (or decimal) terms.
    private static long? Value(string text)
    {
        var s = text.Replace(" ", "", StringComparison.Ordinal).Replace("\t", "", StringComparison.Ordinal);
        if (s.Length == 0)
            return null;
        long total = 0;
        var i = 0;
        while (i < s.Length)
        {
            var sign = 1;
            if (s[i] is '+' or '-')
                sign = s[i++] == '-' ? -1 : 1;
            var start = i;
            while (i < s.Length && s[i] is not ('+' or '-'))
                i++;
            if (Term(s[start..i]) is not { } term)
                return null;
            total += sign * term;
        }
        return total;
    }

    private static long? Term(string t) =>
        t.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? long.TryParse(t.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var h) ? h : null
            : long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : null;
}
