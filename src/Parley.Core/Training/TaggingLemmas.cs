using Parley.Documents;
using Parley.Lemmatization;

namespace Parley.Training;

/// <summary>
/// Learns the lemmatizer's tables from gold-tagged, gold-lemmatized sentences: for each (XPOS, suffix up to
/// <see cref="LemmaRules.MaxSuffix"/> characters) the most frequent suffix rewrite, kept only where it differs
/// from what the shorter suffixes already give and was seen at least <c>minCount</c> times (a rule only counts
/// for suffixes that cover what it strips); the lemmas seen; then an exception for every (form, XPOS) whose usual
/// lemma the rules get wrong.
/// </summary>
public static class TaggingLemmas
{
    /// <summary>Learns the tables.</summary>
    public static LemmaTables Learn(TaggingCorpus corpus, int minCount = 3)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var words = Words(corpus).ToList();
        var counts = new Dictionary<(string Xpos, string Suffix), Dictionary<LemmaRule, int>>();
        foreach (var (form, xpos, lemma) in words)
        {
            var basis = LemmaTables.KeepsCase(xpos) ? form : form.ToLowerInvariant();
            var rule = LemmaRule.Between(basis, lemma);
            for (var k = rule.Strip; k <= Math.Min(LemmaRules.MaxSuffix, basis.Length); k++)
                Increment(counts, (xpos, basis[^k..]), rule);
        }
        var kept = new List<(string, string, LemmaRule)>();
        foreach (var group in counts.GroupBy(kv => kv.Key.Suffix.Length).OrderBy(g => g.Key))
        {
            var current = new LemmaRules(kept);
            foreach (var ((xpos, suffix), byRule) in group.OrderBy(kv => kv.Key.Xpos, StringComparer.Ordinal).ThenBy(kv => kv.Key.Suffix, StringComparer.Ordinal))
            {
                var (best, n) = byRule.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Strip).ThenBy(kv => kv.Key.Append, StringComparer.Ordinal).Select(kv => (kv.Key, kv.Value)).First();
                if (suffix.Length == 0 || (n >= minCount && best != current.Find(xpos, suffix)))
                    kept.Add((xpos, suffix, best));
            }
        }
        var rules = new LemmaRules(kept);
        var lemmas = words.Where(w => !LemmaTables.KeepsCase(w.Xpos)).Select(w => w.Lemma.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return new LemmaTables(rules, Exceptions(words, new LemmaTables(rules, new Dictionary<(string, string), string>(), lemmas)), lemmas);
    }

    private static Dictionary<(string Form, string Xpos), string> Exceptions(List<(string Form, string Xpos, string Lemma)> words, LemmaTables rulesOnly)
    {
        var counts = new Dictionary<(string, string), Dictionary<string, int>>();
        foreach (var (form, xpos, lemma) in words)
        {
            var byRule = rulesOnly.ByRule(form, xpos) == lemma;
            Increment(counts, (form.ToLowerInvariant(), xpos), byRule ? "" : lemma);
        }
        var result = new Dictionary<(string, string), string>();
        foreach (var (key, byLemma) in counts)
        {
            var best = byLemma.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
            if (best.Length > 0)
                result[key] = best;
        }
        return result;
    }

    private static IEnumerable<(string Form, string Xpos, string Lemma)> Words(TaggingCorpus corpus)
    {
        foreach (var (doc, s) in corpus.Sentences)
        {
            for (var i = s.FirstToken; i < s.EndToken; i++)
            {
                var t = doc.Token(i);
                if (t.Xpos.Length > 0 && t.Lemma.Length > 0 && !t.Text.Contains('\t', StringComparison.Ordinal))
                    yield return (t.Text, t.Xpos, t.Lemma);
            }
        }
    }

    private static void Increment<TKey, TValue>(Dictionary<TKey, Dictionary<TValue, int>> counts, TKey key, TValue value)
        where TKey : notnull where TValue : notnull
    {
        if (!counts.TryGetValue(key, out var inner))
            counts[key] = inner = [];
        inner[value] = inner.GetValueOrDefault(value) + 1;
    }
}
