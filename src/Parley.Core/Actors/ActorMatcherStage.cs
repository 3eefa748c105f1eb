using Parley.Documents;
using Parley.Pipeline;

namespace Parley.Actors;

/// <summary>
/// Pipeline stage that finds actor mentions by dictionary (people, countries, capitals and seats, organizations)
/// and agent phrases combined with a country from an adjective, a noun or a possessive, dated by the document's
/// publication date. Stores them as the document's <see cref="ActorMentions"/> layer. Mentions that cannot be
/// coded are kept with flags.
/// </summary>
public sealed class ActorMatcherStage : IPipelineStage
{
    private readonly ActorDictionary _dictionary;

    /// <summary>Creates the stage over a built dictionary.</summary>
    public ActorMatcherStage(ActorDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        _dictionary = dictionary;
    }

    /// <inheritdoc />
    public string Name => "actors";

    /// <inheritdoc />
    public Annotations Requires => Annotations.Tokens | Annotations.Sentences;

    /// <inheritdoc />
    public Annotations Assigns => Annotations.Actors;

    /// <inheritdoc />
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.SetLayer(new ActorMentions(new MentionFinder(_dictionary, document).Run()));
    }
}
