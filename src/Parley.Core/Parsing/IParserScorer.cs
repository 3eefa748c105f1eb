namespace Parley.Parsing;

/// <summary>Scores the parser's decisions: the four moves, and the label of an arc.</summary>
internal interface IParserScorer
{
    ParserVocabulary Vocabulary { get; }

    /// <summary>Writes one score per <see cref="Move"/> into <paramref name="scores"/>.</summary>
    void ScoreMoves(SentenceInput x, ParserState s, Span<float> scores);

    /// <summary>Writes one score per label for the arc <paramref name="head"/> → <paramref name="dep"/>.</summary>
    void ScoreLabels(SentenceInput x, ParserState s, int head, int dep, Span<float> scores);
}

/// <summary>A scorer that can learn: each update applies to the features of the last call of the same kind.</summary>
internal interface IParserLearner : IParserScorer
{
    void UpdateMoves(int truth, int guess);

    void UpdateLabels(int truth, int guess);
}
