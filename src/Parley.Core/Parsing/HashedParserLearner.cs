using Parley.Learning;

namespace Parley.Parsing;

/// <summary>Trains the fast model: hashed features on two <see cref="HashedPerceptronTrainer"/>s.</summary>
internal sealed class HashedParserLearner(ParserVocabulary vocabulary) : IParserLearner
{
    private readonly HashedPerceptronTrainer _moves = new(ArcEager.MoveCount);
    private readonly HashedPerceptronTrainer _labels = new(vocabulary.Labels.Count);
    private readonly ulong[] _moveFeatures = new ulong[HashedFeatures.MoveCount];
    private readonly ulong[] _labelFeatures = new ulong[HashedFeatures.LabelCount];

    public ParserVocabulary Vocabulary { get; } = vocabulary;

    public void ScoreMoves(SentenceInput x, ParserState s, Span<float> scores)
    {
        HashedFeatures.Moves(x, s, _moveFeatures);
        _moves.Score(_moveFeatures, scores);
    }

    public void ScoreLabels(SentenceInput x, ParserState s, int head, int dep, Span<float> scores)
    {
        HashedFeatures.Labels(x, s, head, dep, _labelFeatures);
        _labels.Score(_labelFeatures, scores);
    }

    public void UpdateMoves(int truth, int guess) => _moves.Update(truth, guess, _moveFeatures);

    public void UpdateLabels(int truth, int guess) => _labels.Update(truth, guess, _labelFeatures);

    /// <summary>Averages, prunes weights whose magnitude is at most <paramref name="pruneBelow"/>, and freezes.</summary>
    public HashedParserModel Build(float pruneBelow) =>
        new(Vocabulary, _moves.Build(pruneBelow), _labels.Build(pruneBelow));
}
