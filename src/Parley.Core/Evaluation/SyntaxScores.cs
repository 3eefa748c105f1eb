namespace Parley.Evaluation;

/// <summary>
/// Word-level scores of a pipeline against a treebank with gold words. <see cref="Las"/> counts a word when its
/// head and full relation (subtype included: <c>nsubj:pass</c>) are right; <see cref="UniversalLas"/> compares the
/// universal relation only, as the CoNLL 2018 shared task did. Counts of tag and lemma matches are zero when
/// the pipeline did not predict them (<see cref="TagsPredicted"/>, <see cref="LemmasPredicted"/>).
/// </summary>
public sealed record SyntaxScores(
    long Words, long UposCorrect, long XposCorrect, long LemmaCorrect, long HeadCorrect, long LabelledCorrect,
    long UniversalLabelledCorrect, bool TagsPredicted, bool LemmasPredicted)
{
    /// <summary>UPOS accuracy (0–1).</summary>
    public double Upos => Ratio(UposCorrect);
    /// <summary>XPOS accuracy (0–1).</summary>
    public double Xpos => Ratio(XposCorrect);
    /// <summary>Lemma accuracy (0–1).</summary>
    public double Lemma => Ratio(LemmaCorrect);
    /// <summary>Unlabelled attachment score (0–1).</summary>
    public double Uas => Ratio(HeadCorrect);
    /// <summary>Labelled attachment score with full relations (0–1).</summary>
    public double Las => Ratio(LabelledCorrect);
    /// <summary>Labelled attachment score with universal relations only (0–1).</summary>
    public double UniversalLas => Ratio(UniversalLabelledCorrect);

    private double Ratio(long n) => Words == 0 ? 0 : (double)n / Words;

    /// <summary>The scores as aligned lines of text, percentages with two decimals.</summary>
    public IEnumerable<string> Lines()
    {
        yield return $"words     {Words,8}";
        yield return TagsPredicted ? $"UPOS      {Upos * 100,8:F2}" : "UPOS          gold";
        yield return TagsPredicted ? $"XPOS      {Xpos * 100,8:F2}" : "XPOS          gold";
        if (LemmasPredicted)
            yield return $"lemma     {Lemma * 100,8:F2}";
        yield return $"UAS       {Uas * 100,8:F2}";
        yield return $"LAS       {Las * 100,8:F2}";
        yield return $"LAS (universal relations) {UniversalLas * 100,6:F2}";
    }
}
