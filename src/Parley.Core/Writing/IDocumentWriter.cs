using Parley.Documents;

namespace Parley.Writing;

/// <summary>Writes documents to a text output, one after another. Implementations are immutable and thread-safe.</summary>
public interface IDocumentWriter
{
    /// <summary>Writes <paramref name="document"/> with the layers it has; lines end with <c>\n</c> on every platform.</summary>
    void Write(Document document, TextWriter output);
}
