namespace Parley.Lemmatization;

/// <summary>
/// The lemmatizer's knowledge: suffix rules by tag, an exception table of (lower-cased form, tag) → lemma for the
/// words the rules get wrong (<c>met VBD → meet</c>, <c>was VBD → be</c>), and the lemmas seen in training. For a
/// form not in the exception table the longest-suffix rule whose result is a known lemma wins ("raided": not
/// "raide" by <c>-ided</c>, but "raid" by <c>-ed</c>), else the longest-suffix rule. Proper nouns keep their case;
/// every other form is lower-cased first. Immutable.
/// </summary>
public sealed class LemmaTables
{
    private readonly LemmaLookup _lookup;

    /// <summary>Creates the tables (known lemmas compared ordinally).</summary>
    public LemmaTables(LemmaRules rules, IReadOnlyDictionary<(string Form, string Xpos), string> exceptions, IReadOnlySet<string> lemmas)
    {
        Rules = rules ?? throw new ArgumentNullException(nameof(rules));
        Exceptions = exceptions ?? throw new ArgumentNullException(nameof(exceptions));
        Lemmas = lemmas ?? throw new ArgumentNullException(nameof(lemmas));
        _lookup = new LemmaLookup(rules, exceptions, lemmas);
    }

    /// <summary>The suffix rules.</summary>
    public LemmaRules Rules { get; }

    /// <summary>The exceptions.</summary>
    public IReadOnlyDictionary<(string Form, string Xpos), string> Exceptions { get; }

    /// <summary>The lemmas seen in training (lower-cased), which the rules prefer to produce.</summary>
    public IReadOnlySet<string> Lemmas { get; }

    /// <summary>The lemma of <paramref name="form"/> tagged <paramref name="xpos"/>.</summary>
    public string Lemmatize(string form, string xpos)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(xpos);
        return Lemmatize(form.AsSpan(), xpos, stackalloc char[256]);
    }

    /// <summary>The lemma of <paramref name="form"/> tagged <paramref name="xpos"/>, using <paramref name="buffer"/> as scratch space.</summary>
    internal string Lemmatize(ReadOnlySpan<char> form, string xpos, Span<char> buffer) => _lookup.Lemmatize(form, xpos, buffer);

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
