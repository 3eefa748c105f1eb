namespace Parley.Lemmatization;

/// <summary>
/// The lemmatizer's knowledge: suffix rules by tag, an exception table of (lower-cased form, tag) → lemma for the
/// words the rules get wrong (<c>met VBD → meet</c>, <c>was VBD → be</c>), and the lemmas seen in training. For a
/// form not in the exception table the longest-suffix rule whose result is a known lemma wins ("raided": not
/// "raide" by <c>-ided</c>, but "raid" by <c>-ed</c>), else the longest-suffix rule. Proper nouns keep their case;
/// every other form is lower-cased first. Immutable.
/// </summary>
public sealed class LemmaTables(LemmaRules rules, IReadOnlyDictionary<(string Form, string Xpos), string> exceptions, IReadOnlySet<string> lemmas)
{
    /// <summary>The suffix rules.</summary>
    public LemmaRules Rules { get; } = rules ?? throw new ArgumentNullException(nameof(rules));

    /// <summary>The exceptions.</summary>
    public IReadOnlyDictionary<(string Form, string Xpos), string> Exceptions { get; } = exceptions ?? throw new ArgumentNullException(nameof(exceptions));

    /// <summary>The lemmas seen in training (lower-cased), which the rules prefer to produce.</summary>
    public IReadOnlySet<string> Lemmas { get; } = lemmas ?? throw new ArgumentNullException(nameof(lemmas));

    /// <summary>The lemma of <paramref name="form"/> tagged <paramref name="xpos"/>.</summary>
    public string Lemmatize(string form, string xpos)
    {
        ArgumentNullException.ThrowIfNull(form);
        var lower = form.ToLowerInvariant();
        return Exceptions.TryGetValue((lower, xpos), out var lemma) ? lemma : ByRule(form, xpos);
    }

    /// <summary>The lemma the rules alone give (what the exception table is measured against).</summary>
    public string ByRule(string form, string xpos)
    {
        ArgumentNullException.ThrowIfNull(form);
        var basis = KeepsCase(xpos) ? form : form.ToLowerInvariant();
        string? first = null;
        foreach (var rule in Rules.Candidates(xpos, basis))
        {
            var lemma = rule.Apply(basis);
            if (KeepsCase(xpos) || Lemmas.Contains(lemma))
                return lemma;
            first ??= lemma;
        }
        return first ?? basis;
    }

    /// <summary>Proper nouns keep their case in UD English lemmas.</summary>
    public static bool KeepsCase(string xpos) => xpos is "NNP" or "NNPS";
}
