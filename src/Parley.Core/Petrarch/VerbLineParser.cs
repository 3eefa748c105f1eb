using System.Collections.Frozen;
using Parley.Diagnostics;

namespace Parley.Petrarch;

/// <summary>
/// Parses a verb line of a block: <c>VERB {irregular forms} [CODE]</c>. Parley matches lemmas, so the irregular
/// forms are not needed. A multi-word verb <c>+VERB_PARTICLE</c> becomes the key "verb particle" when the other
/// words are verb particles (the frame's particle); <c>+VERB_PREP</c> becomes "verb" with a required PREP argument;
/// other multi-word verbs are reported (PRL615).
/// </summary>
internal static class VerbLineParser
{
    /// <summary>Words that a dependency parse attaches to a verb as a particle (compound:prt).</summary>
    internal static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
        ["up", "down", "out", "off", "over", "away", "back", "forward", "aside", "along", "around", "through", "together", "apart", "in", "on", "about"],
        StringComparer.Ordinal);

    /// <summary>Prepositions a multi-word verb may end with (<c>+ASK_FOR</c>): they become a required argument.</summary>
    internal static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(
        ["for", "with", "by", "to", "into", "at", "after", "upon", "from", "against", "of", "onto", "toward", "towards", "behind", "across", "under", "without", "between", "among"],
        StringComparer.Ordinal);

    public static RawVerb? Parse(string text, int line, string file, List<Diagnostic> diagnostics)
    {
        var semicolon = text.IndexOf(';', StringComparison.Ordinal);
        if (semicolon >= 0)
            text = text[..semicolon].TrimEnd(); // TABARI comment
        var brace = text.IndexOf('{', StringComparison.Ordinal);
        var braceEnd = brace < 0 ? -1 : text.IndexOf('}', brace);
        var rest = brace < 0 ? text : text[..brace] + (braceEnd < 0 ? "" : text[(braceEnd + 1)..]);
        var bracket = rest.IndexOf('[', StringComparison.Ordinal);
        PetrarchCode? code = null;
        if (bracket >= 0)
        {
            code = CodeParser.Parse(rest[bracket..], line, file, diagnostics);
            if (code is null)
                return null;
            rest = rest[..bracket];
        }
        var words = rest.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 1 || (brace >= 0 && braceEnd < 0))
        {
            diagnostics.Add(Diagnostic.Create(Messages.PetrarchLineMalformed, new Location(file, line), $"expected 'VERB {{FORMS}} [CODE]', got '{text}'"));
            return null;
        }
        var key = Key(words[0], out var preposition, out var problem);
        if (key is null)
        {
            diagnostics.Add(Diagnostic.Create(Messages.PetrarchVerbUnsupported, new Location(file, line), words[0], problem));
            return null;
        }
        return new RawVerb(key, code, line, preposition);
    }

    private static string? Key(string word, out string? preposition, out string problem)
    {
        (preposition, problem) = (null, "");
        var parts = word.ToLowerInvariant().Split('_', StringSplitOptions.RemoveEmptyEntries);
        var verbAt = Array.FindIndex(parts, p => p.StartsWith('+'));
        if (verbAt < 0)
            verbAt = 0;
        if (verbAt > 0)
        {
            problem = $"words before the verb ('{string.Join(' ', parts[..verbAt])}'); Parley keys are a verb and its particles";
            return null;
        }
        var verb = parts[0].TrimStart('+');
        var after = parts[1..];
        if (after.Length == 1 && Prepositions.Contains(after[0]) && verb.Length > 0)
        {
            preposition = after[0];
            return verb;
        }
        var notParticle = after.FirstOrDefault(p => !Particles.Contains(p));
        if (notParticle is not null || after.Length > 2 || verb.Length == 0)
        {
            problem = notParticle is null ? "too many words" : $"'{notParticle}' is not a verb particle";
            return null;
        }
        return string.Join(' ', after.Prepend(verb));
    }
}
