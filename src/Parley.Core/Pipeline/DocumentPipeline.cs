using Parley.Diagnostics;
using Parley.Documents;

namespace Parley.Pipeline;

/// <summary>An immutable, thread-safe sequence of stages. Build it with <see cref="PipelineBuilder"/>.</summary>
public sealed class DocumentPipeline
{
    private readonly IPipelineStage[] _stages;

    internal DocumentPipeline(IPipelineStage[] stages, Annotations provided)
    {
        _stages = stages;
        Provided = provided;
    }

    /// <summary>Layers the pipeline expects its input documents to have already.</summary>
    public Annotations Provided { get; }

    /// <summary>The stages in run order.</summary>
    public IReadOnlyList<IPipelineStage> Stages => _stages;

    /// <summary>Runs every stage on <paramref name="document"/>.</summary>
    /// <exception cref="ArgumentException">The document lacks a layer the pipeline was built to expect.</exception>
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var missing = Provided & ~document.Annotations;
        if (missing != Annotations.None)
            throw new ArgumentException(Messages.Format(Messages.DocumentLayerMissing, document.Metadata.Id, missing), nameof(document));
        foreach (var stage in _stages)
        {
            stage.Process(document);
            document.MarkAnnotated(stage.Assigns);
        }
    }
}
