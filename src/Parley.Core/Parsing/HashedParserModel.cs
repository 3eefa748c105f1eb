using Parley.Learning;

namespace Parley.Parsing;

/// <summary>
/// The fast, trained parser model: hashed features on two immutable <see cref="HashedPerceptron"/>s. Scoring
/// allocates nothing; its feature buffers belong to a <see cref="Scorer"/>, one per thread.
/// </summary>
internal sealed class HashedParserModel(ParserVocabulary vocabulary, HashedPerceptron moves, HashedPerceptron labels)
{
    public ParserVocabulary Vocabulary { get; } = vocabulary;
    public HashedPerceptron Moves { get; } = moves;
    public HashedPerceptron Labels { get; } = labels;

    /// <summary>A scorer bound to one thread's feature buffers.</summary>
    public IParserScorer Scorer() => new Bound(this);

    private sealed class Bound(HashedParserModel model) : IParserScorer
    {
        private readonly ulong[] _moveFeatures = new ulong[HashedFeatures.MoveCount];
        private readonly ulong[] _labelFeatures = new ulong[HashedFeatures.LabelCount];

        public ParserVocabulary Vocabulary => model.Vocabulary;

        public void ScoreMoves(SentenceInput x, ParserState s, Span<float> scores)
        {
            HashedFeatures.Moves(x, s, _moveFeatures);
            model.Moves.Score(_moveFeatures, scores);
        }

        public void ScoreLabels(SentenceInput x, ParserState s, int head, int dep, Span<float> scores)
        {
            HashedFeatures.Labels(x, s, head, dep, _labelFeatures);
            model.Labels.Score(_labelFeatures, scores);
        }
    }
}
