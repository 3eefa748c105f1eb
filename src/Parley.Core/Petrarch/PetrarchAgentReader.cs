using System.Collections.Immutable;
using Parley.Diagnostics;

namespace Parley.Petrarch;

/// <summary>
/// Reads PETRARCH agents dictionaries: substitution sets <c>!NAME! = A, B, C</c>, then lines
/// <c>PHRASE {plural} [~CODE]</c> or <c>[CODE~]</c>. Regular plurals are generated (S; Y → IES; SS → ES) unless
/// <c>{…}</c> gives them (<c>{}</c>: none); phrases built from a substitution set get no plural.
/// </summary>
internal sealed class PetrarchAgentReader(string file, List<Diagnostic> diagnostics)
{
    private readonly Dictionary<string, string[]> _substitutions = new(StringComparer.Ordinal);

    public List<PetrarchAgent> Read(IEnumerable<PetrarchLine> lines)
    {
        var agents = new List<PetrarchAgent>();
        foreach (var line in lines)
        {
            var text = line.Text.Trim();
            if (text.StartsWith('!') && text.Contains('=', StringComparison.Ordinal))
                AddSubstitution(text, line.Number);
            else if (Parse(text, line.Number) is { } agent)
                agents.Add(agent);
        }
        return agents;
    }

    private void AddSubstitution(string text, int number)
    {
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        var name = text[..eq].Trim();
        var items = text[(eq + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (name.Length < 3 || !name.EndsWith('!') || items.Length == 0)
            Report(Messages.PetrarchLineMalformed, number, "expected a substitution set '!NAME! = A, B, C'");
        else
            _substitutions[name.ToUpperInvariant()] = items;
    }

    private PetrarchAgent? Parse(string text, int number)
    {
        var open = text.IndexOf('[', StringComparison.Ordinal);
        var close = open < 0 ? -1 : text.IndexOfAny([']', '}'], open);
        if (open < 0 || close < 0)
        {
            Report(Messages.PetrarchLineMalformed, number, $"agent '{text}' has no [~CODE]");
            return null;
        }
        var raw = text[(open + 1)..close].Trim();
        var prefix = raw.EndsWith('~');
        var code = raw.Trim('~').ToUpperInvariant();
        if ((!prefix && !raw.StartsWith('~')) || !RestrictionParser.IsActorCode(code) || code == DateRestriction.NullCode)
        {
            Report(Messages.PetrarchCodeMalformed, number, raw);
            return null;
        }
        var (phrase, plurals) = SplitPlurals(text[..open]);
        var forms = Expand(phrase, plurals, number);
        return forms.IsEmpty ? null : new PetrarchAgent(forms, code, prefix, file, number);
    }

    private static (string Phrase, string[]? Plurals) SplitPlurals(string text)
    {
        var brace = text.IndexOf('{', StringComparison.Ordinal);
        if (brace < 0)
            return (text.Trim(), null);
        var end = text.IndexOf('}', brace);
        var inside = end < 0 ? text[(brace + 1)..] : text[(brace + 1)..end];
        return (text[..brace].Trim(), inside.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private ImmutableArray<string> Expand(string phrase, string[]? plurals, int number)
    {
        var marker = phrase.IndexOf('!', StringComparison.Ordinal);
        if (marker >= 0)
        {
            var end = phrase.IndexOf('!', marker + 1);
            var name = end < 0 ? phrase[marker..] : phrase[marker..(end + 1)];
            if (!_substitutions.TryGetValue(name.ToUpperInvariant(), out var items))
            {
                Report(Messages.PetrarchSubstitutionUnknown, number, name);
                return [];
            }
            return [.. items.Select(i => PetrarchPhrase.Normalize(phrase.Replace(name, i, StringComparison.Ordinal))).Distinct()];
        }
        var singular = PetrarchPhrase.Normalize(phrase);
        var forms = plurals is null ? [Plural(singular)] : plurals.Select(PetrarchPhrase.Normalize);
        return [.. forms.Prepend(singular).Where(f => f.Length > 0).Distinct()];
    }

    /// <summary>PETRARCH's regular plural: +S, Y → IES, SS → ES (on the last word).</summary>
    internal static string Plural(string phrase) =>
        phrase.EndsWith('y') ? phrase[..^1] + "ies" : phrase.EndsWith("ss", StringComparison.Ordinal) ? phrase + "es" : phrase + "s";

    private void Report(MessageTemplate template, int line, params object?[] args) =>
        diagnostics.Add(Diagnostic.Create(template, new Location(file, line), args));
}
