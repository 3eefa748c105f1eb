using Parley.Diagnostics;
using Parley.Documents;

namespace Parley.Pipeline;

/// <summary>Collects stages in order, then builds an immutable <see cref="DocumentPipeline"/>.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IPipelineStage> _stages = [];

    /// <summary>Appends a stage.</summary>
    public PipelineBuilder Add(IPipelineStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    /// <summary>
    /// Checks that every stage's requirements are met by the layers the input already has
    /// (<paramref name="provided"/>) or by the stages before it, and returns the frozen pipeline.
    /// </summary>
    /// <exception cref="InvalidOperationException">A stage requires a layer nothing provides.</exception>
    public DocumentPipeline Build(Annotations provided = Annotations.None)
    {
        var available = provided;
        foreach (var stage in _stages)
        {
            var missing = stage.Requires & ~available;
            if (missing != Annotations.None)
                throw new InvalidOperationException(Messages.Format(Messages.StageRequirementMissing, stage.Name, missing));
            available |= stage.Assigns;
        }
        return new DocumentPipeline([.. _stages], provided);
    }
}
