namespace Parley.Lemmatization;

/// <summary>
/// The fast form of <see cref="LemmaTables"/>: the exceptions, rules and known lemmas as string-keyed tables
/// (<c>xpos \0 form</c>, <c>xpos \0 suffix</c>) looked up with spans built in a caller's buffer, so that a
/// lemma costs no allocation beyond its own string (none when it is an exception or a known lemma). Gives the
/// same lemma as the <see cref="LemmaTables"/> description. Immutable.
/// </summary>
internal sealed class LemmaLookup
{
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _exceptions;
    private readonly Dictionary<string, LemmaRule>.AlternateLookup<ReadOnlySpan<char>> _rules;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lemmas;
    private readonly int _maxAppend;

    public LemmaLookup(LemmaRules rules, IReadOnlyDictionary<(string Form, string Xpos), string> exceptions, IReadOnlySet<string> lemmas)
    {
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var ((form, xpos), lemma) in exceptions)
            byKey[Key(xpos, form)] = lemma;
        _exceptions = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        var byRule = new Dictionary<string, LemmaRule>(StringComparer.Ordinal);
        foreach (var (xpos, suffix, rule) in rules.All)
            byRule[Key(xpos, suffix)] = rule;
        _rules = byRule.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (_, _, rule) in rules.All)
            _maxAppend = Math.Max(_maxAppend, rule.Append.Length);
        var set = lemmas is HashSet<string> h && ReferenceEquals(h.Comparer, StringComparer.Ordinal) ? h : new HashSet<string>(lemmas, StringComparer.Ordinal);
        _lemmas = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The lemma of <paramref name="form"/> tagged <paramref name="xpos"/>; <paramref name="buffer"/> is scratch
    /// space (a larger one is allocated when it is too short).
    /// </summary>
    public string Lemmatize(ReadOnlySpan<char> form, string xpos, Span<char> buffer)
    {
        // key (xpos \0 form), probe (xpos \0 suffix), rewritten form.
        var needed = 2 * (xpos.Length + 1) + 2 * form.Length + LemmaRules.MaxSuffix + _maxAppend;
        if (buffer.Length < needed)
            buffer = new char[needed];
        var key = buffer[..(xpos.Length + 1 + form.Length)];
        var rest = buffer[key.Length..];
        xpos.CopyTo(key);
        key[xpos.Length] = '\0';
        var lower = key[(xpos.Length + 1)..];
        form.ToLowerInvariant(lower);
        if (_exceptions.TryGetValue(key, out var lemma))
            return lemma;
        var keeps = LemmaTables.KeepsCase(xpos);
        if (keeps)
            form.CopyTo(lower);
        var byRule = ByRule(key, xpos.Length + 1, keeps, rest);
        return OtherPast(xpos) is { } other && lower.SequenceEqual(byRule) ? AsOtherPast(byRule, other, buffer) : byRule;
    }

    // The tagger confuses the past tense and the participle ("Ethiopia broken down", VBD): a past form the rules
    // leave unchanged takes the other past tag's lemma when that is a different known lemma ("break").
    private static string? OtherPast(string xpos) => xpos switch { "VBD" => "VBN", "VBN" => "VBD", _ => null };

    private string AsOtherPast(string form, string other, Span<char> buffer)
    {
        var key = string.Concat(other, "\0", form);
        var lemma = _exceptions.TryGetValue(key, out var e) ? e : ByRule(key, other.Length + 1, false, buffer.Length >= 2 * key.Length + LemmaRules.MaxSuffix + _maxAppend ? buffer : new char[2 * key.Length + LemmaRules.MaxSuffix + _maxAppend]);
        return lemma != form && _lemmas.Contains(lemma) ? lemma : form;
    }

    // key = xpos \0 basis. The rules of the basis's suffixes, longest first: the first whose result is a known
    // lemma (or any, for proper nouns), else the first, else the basis.
    private string ByRule(ReadOnlySpan<char> key, int prefix, bool keeps, Span<char> rest)
    {
        var basis = key[prefix..];
        LemmaRule? first = null;
        var probe = rest[..(prefix + LemmaRules.MaxSuffix)];
        key[..prefix].CopyTo(probe);
        for (var k = Math.Min(LemmaRules.MaxSuffix, basis.Length); k >= 0; k--)
        {
            basis[^k..].CopyTo(probe[prefix..]);
            if (!_rules.TryGetValue(probe[..(prefix + k)], out var rule) || rule.Strip > k || !rule.Fits(basis.Length))
                continue;
            var built = Apply(basis, rule, rest[probe.Length..]);
            if (keeps)
                return built.ToString();
            if (_lemmas.TryGetValue(built, out var known))
                return known;
            first ??= rule;
        }
        return first is { } r ? Apply(basis, r, rest[probe.Length..]).ToString() : basis.ToString();
    }

    private static ReadOnlySpan<char> Apply(ReadOnlySpan<char> basis, LemmaRule rule, Span<char> dest)
    {
        var kept = basis.Length - rule.Strip;
        basis[..kept].CopyTo(dest);
        rule.Append.CopyTo(dest[kept..]);
        return dest[..(kept + rule.Append.Length)];
    }

    private static string Key(string xpos, string text) => string.Concat(xpos, "\0", text);
}
