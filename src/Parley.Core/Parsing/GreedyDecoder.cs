namespace Parley.Parsing;

/// <summary>
/// Greedy arc-eager parsing: at each step the best-scoring valid move; arcs from the root are labelled
/// <c>root</c>, other arcs get the best label other than <c>root</c>. The result is always a tree.
/// </summary>
internal static class GreedyDecoder
{
    /// <summary>Parses <paramref name="x"/> into <paramref name="s"/> (heads and label ids of words 1..N).</summary>
    public static void Parse(IParserScorer m, SentenceInput x, ParserState s, Span<float> moveScores, Span<float> labelScores)
    {
        s.Reset(x.N);
        while (!ArcEager.IsTerminal(s))
        {
            m.ScoreMoves(x, s, moveScores);
            var move = BestValid(s, moveScores);
            Apply(m.Vocabulary, s, move, PredictLabel(m, x, s, move, labelScores));
        }
        Finish(m.Vocabulary, s);
    }

    /// <summary>The highest-scoring valid move (the first on ties). Some move is valid in every non-terminal state.</summary>
    public static Move BestValid(ParserState s, ReadOnlySpan<float> scores)
    {
        var best = -1;
        for (var m = 0; m < ArcEager.MoveCount; m++)
            if (ArcEager.IsValid(s, (Move)m) && (best < 0 || scores[m] > scores[best]))
                best = m;
        return (Move)best;
    }

    /// <summary>The label the model gives the arc <paramref name="move"/> would create (-1 for other moves).</summary>
    public static int PredictLabel(IParserScorer m, SentenceInput x, ParserState s, Move move, Span<float> labelScores)
    {
        var (head, dep) = ArcEager.Arc(s, move);
        if (head < 0)
            return -1;
        if (head == 0)
            return m.Vocabulary.RootLabel;
        m.ScoreLabels(x, s, head, dep, labelScores);
        return BestLabel(m.Vocabulary, labelScores);
    }

    /// <summary>The best label other than <c>root</c>.</summary>
    public static int BestLabel(ParserVocabulary v, ReadOnlySpan<float> scores)
    {
        var best = v.RootLabel == 0 ? 1 : 0;
        for (var l = best + 1; l < v.Labels.Count; l++)
            if (l != v.RootLabel && scores[l] > scores[best])
                best = l;
        return best;
    }

    /// <summary>Applies a move with the label of the arc it creates (-1 for shift and reduce).</summary>
    public static void Apply(ParserVocabulary v, ParserState s, Move move, int label) =>
        ArcEager.Apply(s, move, label, label < 0 ? 0 : v.BaseOfLabel[label]);

    public static void Finish(ParserVocabulary v, ParserState s) =>
        ArcEager.Finish(s, v.RootLabel, v.FallbackLabel, v.BaseOfLabel[v.FallbackLabel], v.BaseOfLabel[v.RootLabel]);
}
