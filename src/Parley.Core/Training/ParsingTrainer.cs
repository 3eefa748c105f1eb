using Parley.Documents;
using Parley.Parsing;

namespace Parley.Training;

/// <summary>
/// Trains the arc-eager parser with the dynamic oracle of Goldberg &amp; Nivre (2012): at each step the perceptron
/// is updated towards the best-scoring move of zero (that is, minimal) cost, and from epoch
/// <see cref="ParsingTrainerOptions.ExploreFrom"/> the parser follows its own prediction, right or wrong, with
/// probability <see cref="ParsingTrainerOptions.ExploreProbability"/>, so that it learns to recover from its
/// mistakes. Labels are learned on arcs whose head is correct.
/// </summary>
internal static class ParsingTrainer
{
    /// <summary>Runs the epochs over <paramref name="examples"/>; <paramref name="afterEpoch"/> sees each epoch's number.</summary>
    public static void Train(IParserLearner model, IReadOnlyList<ParsingExample> examples, ParsingTrainerOptions options, Action<int>? afterEpoch = null)
    {
        var rng = new Random(options.Seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var state = new ParserState();
        var moveScores = new float[ArcEager.MoveCount];
        var labelScores = new float[model.Vocabulary.Labels.Count];
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            rng.Shuffle(order);
            var explore = epoch >= options.ExploreFrom ? options.ExploreProbability : 0.0;
            foreach (var i in order)
                TrainSentence(model, examples[i], state, moveScores, labelScores, explore, rng);
            afterEpoch?.Invoke(epoch);
        }
    }

    private static void TrainSentence(IParserLearner m, ParsingExample ex, ParserState s, float[] moveScores, float[] labelScores, double explore, Random rng)
    {
        var x = ex.Input;
        s.Reset(x.N);
        while (!ArcEager.IsTerminal(s))
        {
            m.ScoreMoves(x, s, moveScores);
            var guess = GreedyDecoder.BestValid(s, moveScores);
            var gold = BestGold(s, moveScores, ex.Heads);
            m.UpdateMoves((int)gold, (int)guess);
            var follow = guess != gold && explore > 0 && rng.NextDouble() < explore ? guess : gold;
            GreedyDecoder.Apply(m.Vocabulary, s, follow, Label(m, ex, s, follow, labelScores));
        }
    }

    /// <summary>The best-scoring valid move among those of minimal cost.</summary>
    public static Move BestGold(ParserState s, ReadOnlySpan<float> scores, ReadOnlySpan<int> goldHeads)
    {
        var best = -1;
        var bestCost = int.MaxValue;
        for (var m = 0; m < ArcEager.MoveCount; m++)
        {
            if (!ArcEager.IsValid(s, (Move)m))
                continue;
            var cost = ArcEager.Cost(s, (Move)m, goldHeads);
            if (cost < bestCost || (cost == bestCost && scores[m] > scores[best]))
                (best, bestCost) = (m, cost);
        }
        return (Move)best;
    }

    // The label of the arc the move creates: learned (and gold) when the head is right, predicted otherwise.
    private static int Label(IParserLearner m, ParsingExample ex, ParserState s, Move move, float[] scores)
    {
        var (head, dep) = ArcEager.Arc(s, move);
        if (head <= 0)
            return head < 0 ? -1 : m.Vocabulary.RootLabel;
        m.ScoreLabels(ex.Input, s, head, dep, scores);
        var guess = GreedyDecoder.BestLabel(m.Vocabulary, scores);
        if (ex.Heads[dep] != head)
            return guess;
        m.UpdateLabels(ex.Labels[dep], guess);
        return ex.Labels[dep];
    }
}
