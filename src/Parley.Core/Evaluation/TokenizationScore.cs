namespace Parley.Evaluation;

/// <summary>Span-matching counts for one unit (words or sentences) with precision, recall and F1 in percent.</summary>
/// <param name="Gold">Number of gold spans.</param>
/// <param name="System">Number of system spans.</param>
/// <param name="Correct">System spans identical to a gold span.</param>
public readonly record struct TokenizationScore(int Gold, int System, int Correct)
{
    /// <summary>Correct / system, in percent.</summary>
    public double Precision => System == 0 ? 0 : 100.0 * Correct / System;

    /// <summary>Correct / gold, in percent.</summary>
    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;

    /// <summary>Harmonic mean of precision and recall, in percent.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <inheritdoc />
    public override string ToString() =>
        FormattableString.Invariant($"P {Precision:F2}  R {Recall:F2}  F1 {F1:F2}  (gold {Gold}, system {System}, correct {Correct})");
}

/// <summary>The result of scoring tokenization and sentence splitting against a treebank.</summary>
/// <param name="Words">Word spans (UD syntactic words) against tokens.</param>
/// <param name="Sentences">Sentence spans (first to last word) against sentences.</param>
/// <param name="Layout">How the raw text was rebuilt.</param>
/// <param name="Characters">Length of the rebuilt text.</param>
public sealed record TokenizationScores(TokenizationScore Words, TokenizationScore Sentences, TokenizationTextLayout Layout, int Characters);
