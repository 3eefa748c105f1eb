namespace Parley.Diagnostics;

public static partial class Messages
{
    /// <summary>A tokenizer or segmentation data file is missing.</summary>
    public static readonly MessageTemplate TokenizationDataMissing = new("PRL120", Severity.Error, "data file not found: {0}");
    /// <summary>A line of a word-list data file is malformed.</summary>
    public static readonly MessageTemplate TokenizationDataLine = new("PRL121", Severity.Error, "{0}");
    /// <summary>A word-list data file lists the same entry twice.</summary>
    public static readonly MessageTemplate TokenizationDataDuplicate = new("PRL122", Severity.Error, "duplicate entry '{0}' (first on line {1})");
    /// <summary>A treebank given to the tokenization evaluator is malformed.</summary>
    public static readonly MessageTemplate TreebankMalformed = new("PRL123", Severity.Error, "malformed treebank: {0}");
    /// <summary>A treebank sentence's words do not match its text line.</summary>
    public static readonly MessageTemplate TreebankTextMismatch = new("PRL124", Severity.Warning, "sentence '{0}': words do not match '# text'; sentence skipped");
    /// <summary>A treebank contains no sentences with text.</summary>
    public static readonly MessageTemplate TreebankEmpty = new("PRL125", Severity.Error, "no sentences with '# text' found");
}
