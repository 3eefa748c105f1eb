using Parley.Documents;

namespace Parley.Evaluation;

/// <summary>
/// Lists where a tokenization differs from the treebank, one line per difference with the text around it
/// (line breaks shown as ⏎): gold words the tokens missed, tokens that are no gold word, and sentence ends
/// missed or added. For studying errors, not for scoring.
/// </summary>
public static class TokenizationErrors
{
    private const int Context = 30;

    /// <summary>At most <paramref name="max"/> lines per kind of difference, in text order.</summary>
    public static IReadOnlyList<string> Describe(TokenizationTreebank gold, Document system, int max)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        var tokens = TokenizationEvaluator.TokenSpans(system);
        var sentenceEnds = TokenizationEvaluator.SentenceSpans(system).Select(s => (s.End, s.End)).ToList();
        var goldEnds = gold.Sentences.Select(s => (s.End, s.End)).ToList();
        var lines = new List<string>();
        Add(lines, "word missed     ", Missing(gold.Words, tokens), gold.Text, max);
        Add(lines, "token not a word", Missing(tokens, gold.Words), gold.Text, max);
        Add(lines, "sentence end missed", Missing(goldEnds, sentenceEnds), gold.Text, max);
        Add(lines, "sentence end added ", Missing(sentenceEnds, goldEnds), gold.Text, max);
        return lines;
    }

    private static IEnumerable<(int Start, int End)> Missing(IReadOnlyList<(int Start, int End)> wanted, IReadOnlyList<(int Start, int End)> found)
    {
        var set = found.ToHashSet();
        return wanted.Where(w => !set.Contains(w));
    }

    private static void Add(List<string> lines, string kind, IEnumerable<(int Start, int End)> spans, string text, int max)
    {
        foreach (var (start, end) in spans.Take(max))
        {
            var before = text[Math.Max(0, start - Context)..start];
            var after = text[end..Math.Min(text.Length, end + Context)];
            lines.Add($"{kind}  {Show(before)}[{Show(text[start..end])}]{Show(after)}");
        }
    }

    private static string Show(string s) => s.Replace("\n", "\u23CE", StringComparison.Ordinal);
}
