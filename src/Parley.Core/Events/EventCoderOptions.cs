namespace Parley.Events;

/// <summary>Options of the <see cref="EventCoder"/>.</summary>
public sealed record EventCoderOptions
{
    /// <summary>
    /// Record a <see cref="CodingTrace"/> layer with every frame's decision and rejected patterns.
    /// <value>The default value is false (tracing costs time and memory; <c>parley explain</c> turns it on).</value>
    /// </summary>
    public bool Trace { get; init; }

    /// <summary>
    /// Keep events whose source actor could not be found in the sentence or by coreference.
    /// <value>The default value is false: an event without a source is not reported.</value>
    /// </summary>
    public bool KeepSourceless { get; init; }

    /// <summary>
    /// PETRARCH reverse codes and discards (see <see cref="PetrarchCoding"/>).
    /// <value>The default value is <see cref="PetrarchCoding.None"/>.</value>
    /// </summary>
    public PetrarchCoding Petrarch { get; init; } = PetrarchCoding.None;
}
