using Parley.Parsing;
using Parley.Training;

namespace Parley.Tests.Parsing;

public class ReferenceAgreementTests
{
    // The reference (string features, AveragedPerceptron) and the fast form (hashed features, HashedPerceptron)
    // are trained the same way on the same sentences, exploration included; they must parse alike.
    [Fact]
    public void FastParser_AgreesWithReference_OnFixedSentences()
    {
        var options = new ParsingTrainerOptions(Epochs: 2, Seed: 7);
        var trainData = ParsingData.Projective(ParsingFixtures.Slice(0, 150));
        var vocab = ParsingData.Vocabulary(trainData, minLifted: 2);
        var reference = new ReferenceParserModel(vocab);
        ParsingTrainer.Train(reference, ParsingData.Examples(trainData, vocab, withStrings: true, 0, 1), options);
        reference.Average();
        var learner = new HashedParserLearner(vocab);
        ParsingTrainer.Train(learner, ParsingData.Examples(trainData, vocab, withStrings: false, 0, 1), options);
        var fast = learner.Build(0f).Scorer();

        var testData = ParsingData.Projective(ParsingFixtures.Slice(40, 120));
        var tests = ParsingData.Examples(testData, vocab, withStrings: true, 0, 1);
        var (a, b) = (new ParserState(), new ParserState());
        var (moves, labels) = (new float[ArcEager.MoveCount], new float[vocab.Labels.Count]);
        var words = 0;
        foreach (var ex in tests)
        {
            GreedyDecoder.Parse(reference, ex.Input, a, moves, labels);
            GreedyDecoder.Parse(fast, ex.Input, b, moves, labels);
            for (var i = 1; i <= ex.Input.N; i++)
            {
                Assert.Equal(a.Heads[i], b.Heads[i]);
                Assert.Equal(a.Labels[i], b.Labels[i]);
            }
            words += ex.Input.N;
        }
        Assert.True(words > 1000);
    }
}
