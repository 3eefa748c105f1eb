using Parley.Learning;

namespace Parley.Parsing;

/// <summary>
/// The readable parser model: string features (<see cref="ReferenceFeatures"/>) on two
/// <see cref="AveragedPerceptron"/>s, one for moves and one for labels. Slow; kept to read, explain and test
/// the fast form against.
/// </summary>
internal sealed class ReferenceParserModel(ParserVocabulary vocabulary) : IParserLearner
{
    private readonly AveragedPerceptron _moves = new(ArcEager.MoveCount);
    private readonly AveragedPerceptron _labels = new(vocabulary.Labels.Count);
    private readonly List<string> _moveFeatures = [];
    private readonly List<string> _labelFeatures = [];

    public ParserVocabulary Vocabulary { get; } = vocabulary;

    public void ScoreMoves(SentenceInput x, ParserState s, Span<float> scores)
    {
        ReferenceFeatures.Moves(x, s, Vocabulary, _moveFeatures);
        _moves.Score(_moveFeatures, scores);
    }

    public void ScoreLabels(SentenceInput x, ParserState s, int head, int dep, Span<float> scores)
    {
        ReferenceFeatures.Labels(x, s, Vocabulary, head, dep, _labelFeatures);
        _labels.Score(_labelFeatures, scores);
    }

    public void UpdateMoves(int truth, int guess) => _moves.Update(truth, guess, _moveFeatures);

    public void UpdateLabels(int truth, int guess) => _labels.Update(truth, guess, _labelFeatures);

    /// <summary>Averages both perceptrons; call once after training.</summary>
    public void Average()
    {
        _moves.Average();
        _labels.Average();
    }
}
