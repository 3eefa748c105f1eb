namespace Parley.Evaluation;

/// <summary>How raw text is rebuilt from a treebank's <c># text</c> lines for tokenization evaluation.</summary>
public enum TokenizationTextLayout
{
    /// <summary>Sentences joined by a space; a blank line before each <c># newpar</c> and <c># newdoc</c>.</summary>
    BlankLineParagraphs,
    /// <summary>Sentences joined by a space; a single line break before each paragraph, a blank line before each document.</summary>
    LineParagraphs,
    /// <summary>Everything joined by single spaces: only punctuation and abbreviations can mark boundaries.</summary>
    SpacesOnly,
}
