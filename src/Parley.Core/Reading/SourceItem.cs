using Parley.Diagnostics;
using Parley.Documents;

namespace Parley.Reading;

/// <summary>What a <see cref="DocumentSource"/> yields: a document, or a diagnostic about an input that failed.</summary>
public sealed record SourceItem
{
    private SourceItem(Document? document, Diagnostic? diagnostic)
    {
        Document = document;
        Diagnostic = diagnostic;
    }

    /// <summary>The document read, or null when this item is a diagnostic.</summary>
    public Document? Document { get; }

    /// <summary>Why an input (or part of it) was skipped or is suspicious, or null when this item is a document.</summary>
    public Diagnostic? Diagnostic { get; }

    /// <summary>An item carrying a document.</summary>
    public static SourceItem Of(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new(document, null);
    }

    /// <summary>An item carrying a diagnostic.</summary>
    public static SourceItem Of(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return new(null, diagnostic);
    }

    /// <summary>Creates a diagnostic item from a catalog entry.</summary>
    internal static SourceItem Fail(MessageTemplate template, Location where, params object?[] args) =>
        Of(Diagnostic.Create(template, where, args));
}
