using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Parley.Patterns;

/// <summary>The lexical rules of pattern files: keys, words, synset names, constraint tokens.</summary>
internal static class PatternSyntax
{
    /// <summary>A lemma (letters, digits, '-', '\'', '.') or "*".</summary>
    public static bool IsWord(string s)
    {
        if (s == "*")
            return true;
        if (s.Length == 0 || !char.IsLetterOrDigit(s[0]))
            return false;
        foreach (var c in s)
            if (!(char.IsLetterOrDigit(c) || c is '-' or '\'' or '.'))
                return false;
        return true;
    }

    /// <summary>A synset name: '&amp;' then upper-case letters, digits or '_'.</summary>
    public static bool IsSynsetName(string s) =>
        s.Length > 1 && s[0] == '&' && s.Skip(1).All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_');

    /// <summary>An entry key: one to three words ("meet", "call on", "carry out").</summary>
    public static bool IsKey(string s)
    {
        var words = s.Split(' ');
        return words.Length <= 3 && words.All(w => w != "*" && IsWord(w));
    }

    /// <summary>A word or a synset reference (synset names are matched upper-case).</summary>
    public static bool IsWordOrSynset(string s, out bool isSynset)
    {
        isSynset = s.StartsWith('&');
        return isSynset ? IsSynsetName(s.ToUpperInvariant()) : IsWord(s);
    }

    /// <summary>Synset references upper-case, words lower-case.</summary>
    public static string NormalizeMember(string s)
    {
        var upper = s.StartsWith('&');
        foreach (var c in s)
            if (upper ? char.IsLower(c) : char.IsUpper(c))
                return upper ? s.ToUpperInvariant() : s.ToLowerInvariant();
        return s;
    }

    /// <summary>
    /// Parses <c>[@]KEY:HEAD|HEAD[/MOD|MOD]</c> ('@' marks the target slot); KEY is obj, xcomp, xobj, mod, subj,
    /// pre, a preposition (multi-word with '_'), or 'x' and a preposition for an argument of the controlled verb
    /// (xagainst). HEAD '%' (alone) asks for a conjoined phrase: subj:%, @with:%. '/^MOD': the modifier stands right
    /// before the head.
    /// </summary>
    public static bool TryParseConstraint(string token, [NotNullWhen(true)] out Constraint? constraint, out string problem)
    {
        constraint = null;
        var isTarget = token.StartsWith('@');
        token = isTarget ? token[1..] : token;
        problem = $"'{token}' is not a constraint KEY:VALUE (keys: obj, xcomp, xobj, mod, subj, pre, a preposition such as with, on, to, or x + a preposition of the controlled verb: xagainst)";
        var colon = token.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == token.Length - 1)
            return false;
        var key = token[..colon].ToLowerInvariant();
        var value = token[(colon + 1)..].Split('/', 2);
        var heads = Alternatives(value[0]);
        var adjacent = value.Length == 2 && value[1].StartsWith('^');
        var mods = value.Length == 2 ? Alternatives(adjacent ? value[1][1..] : value[1]) : [];
        if (heads.IsDefault || mods.IsDefault || (value.Length == 2 && (mods.IsEmpty || mods.Contains("*") || mods.Contains(Constraint.Conjoined))))
            return false;
        (Slot slot, string? prep) = key switch
        {
            "obj" => (Slot.Object, (string?)null),
            "xcomp" => (Slot.Xcomp, null),
            "xobj" => (Slot.XcompObject, null),
            "mod" => (Slot.Modifier, null),
            "subj" => (Slot.Subject, null),
            "pre" => (Slot.Before, null),
            _ when key.Length > 1 && key[0] == 'x' && IsPreposition(key[1..]) => (Slot.XcompPreposition, key[1..].Replace('_', ' ')),
            _ => (Slot.Preposition, key.Replace('_', ' ')),
        };
        if (slot == Slot.Preposition && !IsPreposition(key))
            return false;
        // '%' stands alone, on a phrase (not a word before the verb, a modifier or the controlled verb); the subject is never the target.
        if (heads.Contains(Constraint.Conjoined) && (heads.Length > 1 || slot is Slot.Before or Slot.Modifier or Slot.Xcomp))
            return false;
        if (isTarget && slot is Slot.Subject or Slot.Before)
            return false;
        constraint = new Constraint(slot, prep, heads, mods) { IsTarget = isTarget, Adjacent = adjacent };
        return true;
    }

    // Lower-case words joined by '_' ("with", "on_behalf_of"); no English preposition starts with 'x'.
    private static bool IsPreposition(string key) => key.Split('_').All(w => w.Length > 0 && w.All(char.IsAsciiLetterLower));

    private static ImmutableArray<string> Alternatives(string text)
    {
        var alts = text.Split('|');
        return alts.All(a => a == Constraint.Conjoined || IsWordOrSynset(a, out _)) ? alts.Select(NormalizeMember).ToImmutableArray() : default;
    }
}
