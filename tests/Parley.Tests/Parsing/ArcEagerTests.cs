using Parley.Parsing;
using Parley.Training;

namespace Parley.Tests.Parsing;

public class ArcEagerTests
{
    [Fact]
    public void FollowingZeroCostMoves_RebuildsEveryProjectiveGoldTree()
    {
        var data = ParsingData.Projective(ParsingFixtures.Slice(0, 400));
        var vocab = ParsingData.Vocabulary(data, minLifted: 1);
        var examples = ParsingData.Examples(data, vocab, withStrings: false, tagNoise: 0, seed: 1);
        var s = new ParserState();
        var zeros = new float[ArcEager.MoveCount];
        foreach (var ex in examples)
        {
            s.Reset(ex.Input.N);
            while (!ArcEager.IsTerminal(s))
            {
                var move = ParsingTrainer.BestGold(s, zeros, ex.Heads);
                Assert.Equal(0, ArcEager.Cost(s, move, ex.Heads));
                var (head, dep) = ArcEager.Arc(s, move);
                GreedyDecoder.Apply(vocab, s, move, head < 0 ? -1 : ex.Labels[dep]);
            }
            for (var i = 1; i <= ex.Input.N; i++)
            {
                Assert.Equal(ex.Heads[i], s.Heads[i]);
                Assert.Equal(ex.Labels[i], s.Labels[i]);
            }
        }
        Assert.True(examples.Count >= 400);
    }

    [Fact]
    public void RootTakesOneDependent_AndReduceNeedsAHead()
    {
        var s = new ParserState();
        s.Reset(3);
        Assert.False(ArcEager.IsValid(s, Move.Reduce));
        Assert.False(ArcEager.IsValid(s, Move.Left));
        ArcEager.Apply(s, Move.Right, 0, 0);
        ArcEager.Apply(s, Move.Reduce, -1, 0);
        Assert.Equal(0, s.S0);
        Assert.False(ArcEager.IsValid(s, Move.Right));
        Assert.True(ArcEager.IsValid(s, Move.Shift));
    }
}
