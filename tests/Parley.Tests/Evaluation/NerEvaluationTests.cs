using Parley.Documents;
using Parley.Evaluation;
using Parley.Pipeline;

namespace Parley.Tests.Evaluation;

public class NerEvaluationTests
{
    // A stage that overwrites the entity tags with a fixed prediction, to check the scoring arithmetic.
    private sealed class Fixed(EntityTag[] tags) : IPipelineStage
    {
        public string Name => "fixed";
        public Annotations Requires => Annotations.Tokens;
        public Annotations Assigns => Annotations.Entities;
        public void Process(Document document)
        {
            for (var i = 0; i < tags.Length; i++)
                document.Tokens[i].Entity = tags[i];
        }
    }

    private static EntityTag B(EntityType t) => new(Iob.B, t);
    private static EntityTag I(EntityType t) => new(Iob.I, t);

    [Fact]
    public void Score_CountsExactSpansAndTypesOnly()
    {
        var o = EntityTag.Outside;
        EntityTag[] gold = [B(EntityType.PER), I(EntityType.PER), o, B(EntityType.LOC), o, B(EntityType.ORG), B(EntityType.NORP)];
        EntityTag[] predicted = [B(EntityType.PER), o, o, B(EntityType.LOC), o, B(EntityType.LOC), B(EntityType.NORP)];
        var doc = new Document("a b c d e f g", new DocumentMetadata("t"));
        doc.SetTokens([.. gold.Select((g, i) => new TokenData { Start = 2 * i, Length = 1, SpaceAfter = 1, Entity = g })]);
        doc.SetSentences([new SentenceData(0, gold.Length, true)]);
        var s = NerEvaluation.Score([doc], [new Fixed(predicted)]);
        Assert.Equal((3, 3, 1), (s.All.Gold, s.All.Predicted, s.All.Correct));
        Assert.Equal(100.0 / 3, s.All.F1, 6);
        Assert.Equal(0, s.ByType[EntityType.PER].Correct);
        Assert.Equal((1, 2, 1), (s.ByType[EntityType.LOC].Gold, s.ByType[EntityType.LOC].Predicted, s.ByType[EntityType.LOC].Correct));
        Assert.False(s.ByType.ContainsKey(EntityType.NORP));
    }
}
