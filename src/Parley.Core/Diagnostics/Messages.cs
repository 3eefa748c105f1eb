using System.Globalization;

namespace Parley.Diagnostics;

/// <summary>
/// Every message Parley emits, each with a stable code that can be searched in code, logs and reports.
/// Codes: PRL0xx usage and pipeline, PRL1xx input, PRL2xx data files, PRL3xx models.
/// </summary>
public static partial class Messages
{
    /// <summary>A stage was added whose required layer no earlier stage provides.</summary>
    public static readonly MessageTemplate StageRequirementMissing = new("PRL001", Severity.Error, "stage '{0}' requires {1}, which no earlier stage provides");
    /// <summary>A document could not be processed because of a defect; the batch goes on.</summary>
    public static readonly MessageTemplate DocumentFailed = new("PRL003", Severity.Error, "internal error ({0}) while processing this document, skipped: {1}");
    /// <summary>A document lacks a layer the pipeline expected.</summary>
    public static readonly MessageTemplate DocumentLayerMissing = new("PRL002", Severity.Error, "document '{0}' lacks {1}");

    /// <summary>Input file missing or unreadable.</summary>
    public static readonly MessageTemplate InputUnreadable = new("PRL101", Severity.Error, "cannot read input: {0}");
    /// <summary>Input is not UTF-8 text.</summary>
    public static readonly MessageTemplate InputInvalidUtf8 = new("PRL102", Severity.Error, "invalid UTF-8 byte 0x{0:X2} at byte {1} of the input; expected UTF-8 text");
    /// <summary>Input looks binary.</summary>
    public static readonly MessageTemplate InputBinary = new("PRL103", Severity.Error, "binary content (NUL byte at byte {0} of the input); expected UTF-8 text");
    /// <summary>Input is empty.</summary>
    public static readonly MessageTemplate InputEmpty = new("PRL104", Severity.Warning, "empty document, nothing to process");
    /// <summary>Malformed JSON line.</summary>
    public static readonly MessageTemplate JsonlMalformed = new("PRL105", Severity.Error, "malformed JSON: {0}");
    /// <summary>A JSON line lacks a required field.</summary>
    public static readonly MessageTemplate JsonlFieldMissing = new("PRL106", Severity.Error, "missing or non-string field '{0}'");
    /// <summary>A date is not YYYY-MM-DD.</summary>
    public static readonly MessageTemplate DateInvalid = new("PRL107", Severity.Error, "invalid date '{0}': expected YYYY-MM-DD");
    /// <summary>A line or document exceeds the size limit.</summary>
    public static readonly MessageTemplate InputTooLarge = new("PRL108", Severity.Error, "document of {0:N0} characters exceeds the limit of {1:N0} (see --max-chars)");
    /// <summary>HTML without extractable article text.</summary>
    public static readonly MessageTemplate HtmlNoText = new("PRL109", Severity.Error, "no article text could be extracted from the HTML");
    /// <summary>Malformed CoNLL-U.</summary>
    public static readonly MessageTemplate ConlluMalformed = new("PRL110", Severity.Error, "malformed CoNLL-U: {0}");
    /// <summary>Path not found.</summary>
    public static readonly MessageTemplate InputNotFound = new("PRL111", Severity.Error, "no such file or directory");

    /// <summary>A data file line is malformed.</summary>
    public static readonly MessageTemplate DataMalformed = new("PRL201", Severity.Error, "{0}");

    /// <summary>A model file is malformed or of the wrong version.</summary>
    public static readonly MessageTemplate ModelInvalid = new("PRL301", Severity.Error, "invalid model: {0}");

    /// <summary>Formats a catalog entry with invariant culture.</summary>
    public static string Format(MessageTemplate template, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(template);
        return string.Format(CultureInfo.InvariantCulture, template.Format, args);
    }

    /// <summary>All catalog entries (for the uniqueness test and documentation).</summary>
    public static IEnumerable<MessageTemplate> All() =>
        typeof(Messages).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(MessageTemplate))
            .Select(f => (MessageTemplate)f.GetValue(null)!);
}
