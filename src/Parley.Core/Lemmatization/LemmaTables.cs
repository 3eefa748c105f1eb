namespace Parley.Lemmatization;

/// <summary>
/// The lemmatizer's knowledge: suffix rules by tag and an exception table of (lower-cased form, tag) → lemma
/// for the words the rules get wrong (<c>met VBD → meet</c>, <c>was VBD → be</c>). Proper nouns keep their
/// case; every other form is lower-cased first. Immutable.
/// </summary>
public sealed class LemmaTables(LemmaRules rules, IReadOnlyDictionary<(string Form, string Xpos), string> exceptions)
{
    /// <summary>The suffix rules.</summary>
    public LemmaRules Rules { get; } = rules ?? throw new ArgumentNullException(nameof(rules));

    /// <summary>The exceptions.</summary>
    public IReadOnlyDictionary<(string Form, string Xpos), string> Exceptions { get; } = exceptions ?? throw new ArgumentNullException(nameof(exceptions));

    /// <summary>The lemma of <paramref name="form"/> tagged <paramref name="xpos"/>.</summary>
    public string Lemmatize(string form, string xpos)
    {
        ArgumentNullException.ThrowIfNull(form);
        var lower = form.ToLowerInvariant();
        if (Exceptions.TryGetValue((lower, xpos), out var lemma))
            return lemma;
        var basis = KeepsCase(xpos) ? form : lower;
        return Rules.Find(xpos, basis).Apply(basis);
    }

    /// <summary>The lemma the rules alone give (what the exception table is measured against).</summary>
    public string ByRule(string form, string xpos)
    {
        ArgumentNullException.ThrowIfNull(form);
        var basis = KeepsCase(xpos) ? form : form.ToLowerInvariant();
        return Rules.Find(xpos, basis).Apply(basis);
    }

    /// <summary>Proper nouns keep their case in UD English lemmas.</summary>
    public static bool KeepsCase(string xpos) => xpos is "NNP" or "NNPS";
}
