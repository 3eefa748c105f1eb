namespace Parley.Diagnostics;

public static partial class Messages
{
    /// <summary>The parser model file does not exist.</summary>
    public static readonly MessageTemplate ParserModelMissing = new("PRL330", Severity.Error, "parser model not found: {0}");
    /// <summary>The parser model file is corrupt or of another version.</summary>
    public static readonly MessageTemplate ParserModelUnreadable = new("PRL331", Severity.Error, "cannot read parser model {0}: {1}");
    /// <summary>A treebank given for training or evaluation has no usable sentences.</summary>
    public static readonly MessageTemplate SyntaxTreebankEmpty = new("PRL332", Severity.Error, "no usable sentences in treebank {0}");
    /// <summary>A treebank file does not exist.</summary>
    public static readonly MessageTemplate SyntaxTreebankMissing = new("PRL333", Severity.Error, "treebank not found: {0}");
}
