using Parley.Documents;

namespace Parley.Pipeline;

/// <summary>
/// One stage of the pipeline: a single method over a document, with the layers it needs and the ones it adds.
/// Implementations are immutable after construction and safe to call from several threads on different documents.
/// </summary>
public interface IPipelineStage
{
    /// <summary>A short name for messages and explanations ("tokenize", "parse").</summary>
    string Name { get; }

    /// <summary>Layers that must be present before the stage runs.</summary>
    Annotations Requires { get; }

    /// <summary>Layers the stage fills.</summary>
    Annotations Assigns { get; }

    /// <summary>Runs the stage on <paramref name="document"/>.</summary>
    void Process(Document document);
}
