using Parley.Documents;
using Parley.Events;
using Parley.Pipeline;

namespace Parley.Actors;

/// <summary>
/// Pipeline stage that resolves coreference over the whole document, after the actor mentions, the parse, the
/// places and the quotations: surnames and titles after a full mention, pronouns, "they" after a clause with
/// several actors, and definite descriptions of states ("the regime", "both countries"). Stores the
/// <see cref="ActorReferences"/> layer; the actor mentions themselves are left as they are. The event coder reads
/// the layer, so that every output gives a coreferent mention the same antecedent. Immutable and thread-safe.
/// </summary>
public sealed class ActorReferenceStage : IPipelineStage
{
    private readonly CoreferenceWords _words;
    private readonly ActorDictionary? _dictionary;

    /// <summary>Creates the stage with the coreference nouns (data/coding/coreference.txt) and, optionally, the actor dictionary for nationality adjectives.</summary>
    public ActorReferenceStage(CoreferenceWords words, ActorDictionary? dictionary = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        _words = words;
        _dictionary = dictionary;
    }

    /// <inheritdoc />
    public string Name => "references";

    /// <inheritdoc />
    public Annotations Requires => Annotations.Actors;

    /// <inheritdoc />
    public Annotations Assigns => Annotations.None;

    /// <inheritdoc />
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mentions = document.GetLayer<ActorMentions>()?.Items ?? [];
        document.SetLayer(new ActorReferences(new ReferenceResolver(document, mentions, _words, _dictionary).Run()));
    }
}
