using Parley.Learning;

namespace Parley.Parsing;

/// <summary>
/// The fast, trained parser model: hashed features on two immutable <see cref="HashedPerceptron"/>s. Scoring
/// allocates nothing; its feature buffers belong to a <see cref="Scorer"/>, one per thread.
/// </summary>
internal sealed class HashedParserModel
{
    /// <summary>A freshly trained model, with full-precision move weights.</summary>
    public HashedParserModel(ParserVocabulary vocabulary, HashedPerceptron moves, HashedPerceptron labels)
    {
        Vocabulary = vocabulary;
        Moves = moves;
        Labels = labels;
    }

    /// <summary>A model read from a file, with its weights in the compact tables.</summary>
    public HashedParserModel(ParserVocabulary vocabulary, CompactMoveWeights moves, CompactLabelWeights labels)
    {
        Vocabulary = vocabulary;
        CompactMoves = moves;
        CompactLabels = labels;
    }

    public ParserVocabulary Vocabulary { get; }
    /// <summary>The move weights of a trained model (null when loaded from a file).</summary>
    public HashedPerceptron? Moves { get; }
    /// <summary>The move weights of a loaded model (null when freshly trained).</summary>
    public CompactMoveWeights? CompactMoves { get; }
    /// <summary>The label weights of a trained model (null when loaded from a file).</summary>
    public HashedPerceptron? Labels { get; }
    /// <summary>The label weights of a loaded model (null when freshly trained).</summary>
    public CompactLabelWeights? CompactLabels { get; }
    public int MoveFeatureCount => Moves?.FeatureCount ?? CompactMoves!.FeatureCount;
    public int LabelFeatureCount => Labels?.FeatureCount ?? CompactLabels!.FeatureCount;

    /// <summary>A scorer bound to one thread's feature buffers.</summary>
    public IParserScorer Scorer() => new Bound(this);

    private sealed class Bound(HashedParserModel model) : IParserScorer
    {
        private readonly ulong[] _moveFeatures = new ulong[HashedFeatures.MoveCount];
        private readonly ulong[] _labelFeatures = new ulong[HashedFeatures.LabelCount];

        public ParserVocabulary Vocabulary => model.Vocabulary;

        public void ScoreMoves(SentenceInput x, ParserState s, Span<float> scores)
        {
            HashedFeatures.Moves(x, s, _moveFeatures, model.CompactMoves);
            if (model.CompactMoves is { } compact)
                compact.Score(_moveFeatures, scores);
            else
                model.Moves!.Score(_moveFeatures, scores);
        }

        public void ScoreLabels(SentenceInput x, ParserState s, int head, int dep, Span<float> scores)
        {
            HashedFeatures.Labels(x, s, head, dep, _labelFeatures);
            if (model.CompactLabels is { } compact)
                compact.Score(_labelFeatures, scores);
            else
                model.Labels!.Score(_labelFeatures, scores);
        }
    }
}
