namespace Parley.Lemmatization;

/// <summary>
/// Suffix rules by Penn Treebank tag (<c>NNS ies → -3 +y</c>, <c>VBD pped → -3</c>, <c>JJR ier → -3 +y</c>):
/// the rule of the longest listed suffix of the form under its tag applies; the empty suffix is each tag's
/// default. Immutable.
/// </summary>
public sealed class LemmaRules
{
    private readonly Dictionary<(string Xpos, string Suffix), LemmaRule> _rules;

    /// <summary>The longest suffix a rule may list.</summary>
    public const int MaxSuffix = 6;

    /// <summary>Creates the rule set.</summary>
    public LemmaRules(IEnumerable<(string Xpos, string Suffix, LemmaRule Rule)> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules.ToDictionary(r => (r.Xpos, r.Suffix), r => r.Rule);
    }

    /// <summary>Number of rules.</summary>
    public int Count => _rules.Count;

    /// <summary>The rules, for writing.</summary>
    public IEnumerable<(string Xpos, string Suffix, LemmaRule Rule)> All =>
        _rules.Select(kv => (kv.Key.Xpos, kv.Key.Suffix, kv.Value));

    /// <summary>The rule for a (case-normalised) form with tag <paramref name="xpos"/>: that of its longest listed suffix.</summary>
    public LemmaRule Find(string xpos, string form) => Candidates(xpos, form).FirstOrDefault(LemmaRule.Identity);

    /// <summary>
    /// The rules that apply to a (case-normalised) form with tag <paramref name="xpos"/>, longest suffix first.
    /// A rule only rewrites within its suffix (it never strips more characters than the suffix has).
    /// </summary>
    public IEnumerable<LemmaRule> Candidates(string xpos, string form)
    {
        ArgumentNullException.ThrowIfNull(form);
        for (var k = Math.Min(MaxSuffix, form.Length); k >= 0; k--)
            if (_rules.TryGetValue((xpos, form[^k..]), out var rule) && rule.Strip <= k && rule.Fits(form.Length))
                yield return rule;
    }
}
