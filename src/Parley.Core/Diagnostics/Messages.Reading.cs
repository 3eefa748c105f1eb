namespace Parley.Diagnostics;

// Input reading and output writing: PRL140–PRL159 (PRL101–PRL111 are in Messages.cs).
public static partial class Messages
{
    /// <summary>A JSON line is valid JSON but not an object.</summary>
    public static readonly MessageTemplate JsonlNotObject = new("PRL140", Severity.Error, "expected a JSON object with 'id' and 'text', found {0}");
    /// <summary>Two documents of one batch have the same id.</summary>
    public static readonly MessageTemplate DuplicateDocumentId = new("PRL141", Severity.Warning, "duplicate document id '{0}' (first read from {1})");
    /// <summary>The HTML article extractor failed on a page.</summary>
    public static readonly MessageTemplate HtmlExtractionFailed = new("PRL142", Severity.Error, "cannot extract article text from the HTML: {0}");
    /// <summary>A directory given as input holds no files.</summary>
    public static readonly MessageTemplate DirectoryEmpty = new("PRL143", Severity.Warning, "directory holds no input files");
    /// <summary>The end-of-batch summary written to stderr.</summary>
    public static readonly MessageTemplate BatchSummary = new("PRL144", Severity.Info, "{0} documents written, {1} errors, {2} warnings");
    /// <summary>A JSON field has the wrong type.</summary>
    public static readonly MessageTemplate JsonlFieldType = new("PRL145", Severity.Error, "field '{0}' must be a string or null, found {1}");
}
