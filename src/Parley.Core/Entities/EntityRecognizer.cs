using Parley.Documents;
using Parley.Pipeline;

namespace Parley.Entities;

/// <summary>
/// The named-entity stage: labels PER, ORG and LOC with the trained <see cref="NerModel"/>, then marks as NORP
/// the nationality words of the gazetteer ("Iraqi", "North Korean") that the tagger calls an adjective, proper
/// noun or noun, unless the model's mention extends beyond them; then gives each name written the same way in the
/// document its majority type (<see cref="MentionConsistency"/>). Writes IOB2 tags into <see cref="TokenData.Entity"/>
/// and the <see cref="EntityMentions"/> layer. Immutable and thread-safe.
/// </summary>
public sealed class EntityRecognizer(NerModel model) : IPipelineStage
{
    /// <summary>The model.</summary>
    public NerModel Model { get; } = model ?? throw new ArgumentNullException(nameof(model));

    /// <inheritdoc />
    public string Name => "entities";

    /// <inheritdoc />
    public Annotations Requires => Annotations.Tokens | Annotations.Sentences | Annotations.Tags;

    /// <inheritdoc />
    public Annotations Assigns => Annotations.Entities;

    /// <inheritdoc />
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var max = 0;
        foreach (var s in document.Sentences)
            max = Math.Max(max, s.TokenCount);
        var scratch = new NerScratch(max, document.Strings.Count);
        var classes = new int[max];
        var tokens = document.Tokens;
        foreach (var s in document.Sentences)
        {
            var sentence = tokens.Slice(s.FirstToken, s.TokenCount);
            Model.Tag(document, sentence, classes, scratch);
            for (var i = 0; i < sentence.Length; i++)
                sentence[i].Entity = Model.Labels.Tag(classes[i]);
            MarkNationalities(sentence, scratch);
        }
        MentionConsistency.Apply(document);
        document.SetLayer(new EntityMentions(EntityMention.FromTokens(document.Tokens, document.Sentences)));
    }

    // A nationality phrase of the gazetteer (and not also a place name) becomes NORP when it is an adjective,
    // proper noun or noun and the model's mention, if any, does not reach beyond it ("American Airlines" stays).
    private static void MarkNationalities(Span<TokenData> sentence, NerScratch scratch)
    {
        for (var i = 0; i < sentence.Length; i++)
        {
            var kind = scratch.Begins[i];
            if ((kind & GazetteerKind.Nationality) == 0 || (kind & (GazetteerKind.Location | GazetteerKind.Country)) != 0
                || sentence[i].Upos is not (Upos.ADJ or Upos.PROPN or Upos.NOUN) || sentence[i].Entity.Iob == Iob.I)
                continue;
            var end = i + 1;
            while (end < sentence.Length && (scratch.Inside[end] & GazetteerKind.Nationality) != 0)
                end++;
            if (end < sentence.Length && sentence[end].Entity.Iob == Iob.I)
                continue;
            for (var j = i; j < end; j++)
                sentence[j].Entity = new EntityTag(j == i ? Iob.B : Iob.I, EntityType.NORP);
            i = end - 1;
        }
    }
}
