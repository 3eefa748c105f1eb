using Parley.Evaluation;
using Parley.Tests.Tokenization;
using Parley.Tokenization;

namespace Parley.Tests.Evaluation;

public class TokenizationEvaluatorTests
{
    private const string Conllu = """
        # newdoc id = d1
        # newpar
        # sent_id = 1
        # text = I don't know.
        1	I	I	PRON	PRP	_	3	nsubj	_	_
        2-3	don't	_	_	_	_	_	_	_	_
        2	do	do	AUX	VBP	_	4	aux	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	4	punct	_	_

        # sent_id = 2
        # text = Fine.
        1	Fine	fine	ADJ	JJ	_	0	root	_	SpaceAfter=No
        2	.	.	PUNCT	.	_	1	punct	_	_

        # newpar
        # sent_id = 3
        # text = Next par
        1	Next	next	ADJ	JJ	_	2	amod	_	_
        2	par	par	NOUN	NN	_	0	root	_	_

        """;

    private static TokenizationTreebank Read(string text, TokenizationTextLayout layout)
    {
        var (tb, diagnostics) = TokenizationTreebank.Read(new StringReader(text), "mem.conllu", layout);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Parley.Diagnostics.Severity.Error);
        return Assert.IsType<TokenizationTreebank>(tb);
    }

    [Theory]
    [InlineData(TokenizationTextLayout.BlankLineParagraphs, "I don't know. Fine.\n\nNext par")]
    [InlineData(TokenizationTextLayout.LineParagraphs, "I don't know. Fine.\nNext par")]
    [InlineData(TokenizationTextLayout.SpacesOnly, "I don't know. Fine. Next par")]
    public void Read_RebuildsTextWithLayout(TokenizationTextLayout layout, string expected)
    {
        var tb = Read(Conllu, layout);
        Assert.Equal(expected, tb.Text);
        Assert.Equal(["I", "do", "n't", "know", ".", "Fine", ".", "Next", "par"], tb.Words.Select(w => tb.Text[w.Start..w.End]));
        Assert.Equal(3, tb.Sentences.Count);
    }

    [Fact]
    public void Evaluate_PerfectOnSimpleText()
    {
        var scores = TokenizationEvaluator.Evaluate(Read(Conllu, TokenizationTextLayout.BlankLineParagraphs), TokenizationPipeline.Default);
        Assert.Equal(new TokenizationScore(9, 9, 9), scores.Words);
        Assert.Equal(new TokenizationScore(3, 3, 3), scores.Sentences);
        Assert.Equal(100.0, scores.Words.F1);
    }

    [Fact]
    public void Read_WordsNotInText_SkipsSentenceWithWarning()
    {
        var bad = Conllu.Replace("# text = Fine.", "# text = Good.", StringComparison.Ordinal);
        var (tb, diagnostics) = TokenizationTreebank.Read(new StringReader(bad), "mem.conllu", TokenizationTextLayout.BlankLineParagraphs);
        Assert.Equal(1, tb!.SkippedSentences);
        Assert.Contains(diagnostics, d => d.Code == "PRL124");
    }

    [Fact]
    public void Read_NoSentences_IsAnError()
    {
        var (tb, diagnostics) = TokenizationTreebank.Read(new StringReader("# just a comment\n"), "mem.conllu", TokenizationTextLayout.SpacesOnly);
        Assert.Null(tb);
        Assert.Contains(diagnostics, d => d.Code == "PRL125");
    }

    [Fact]
    public void Score_CountsExactSpanMatches()
    {
        var s = TokenizationEvaluator.Score([(0, 2), (3, 5), (6, 9)], [(0, 2), (3, 4), (4, 5), (6, 9)]);
        Assert.Equal(new TokenizationScore(3, 4, 2), s);
        Assert.Equal(50.0, s.Precision, 6);
        Assert.Equal(200.0 / 3, s.Recall, 6);
    }

    /// <summary>
    /// Regression floors on UD English EWT (in ../shared beside the repository). Measured with blank-line
    /// paragraphs: dev words F1 99.26, sentences F1 86.2; test words F1 99.20, sentences F1 85.5.
    /// </summary>
    [Theory]
    [InlineData("en_ewt-ud-dev.conllu.gz", 99.1, 85.5)]
    [InlineData("en_ewt-ud-test.conllu.gz", 99.0, 84.8)]
    public void Ewt_ScoresStayAboveFloor(string file, double wordFloor, double sentenceFloor)
    {
        var path = RepoPaths.Ewt(file);
        Assert.True(path is not null, $"UD English EWT not found: expected ../shared/data/ud-english-ewt/{file} beside the repository");
        var (tb, _) = TokenizationTreebank.Load(path!, TokenizationTextLayout.BlankLineParagraphs);
        var scores = TokenizationEvaluator.Evaluate(tb!, TokenizationPipeline.Default);
        Assert.True(scores.Words.F1 >= wordFloor, $"words {scores.Words}");
        Assert.True(scores.Sentences.F1 >= sentenceFloor, $"sentences {scores.Sentences}");
    }

    /// <summary>
    /// News and Wikipedia sentences (UD English PUD test, in ../shared beside the repository), all joined by spaces
    /// so that only punctuation can split them. Measured: words F1 99.94, sentences F1 99.70.
    /// </summary>
    [Fact]
    public void Pud_NewsSentences_StayAboveFloor()
    {
        var path = RepoPaths.Shared("ud-english-pud/en_pud-ud-test.conllu.gz");
        Assert.True(path is not null, "UD English PUD not found under ../shared/data/ud-english-pud beside the repository");
        var (tb, _) = TokenizationTreebank.Load(path!, TokenizationTextLayout.SpacesOnly);
        var scores = TokenizationEvaluator.Evaluate(tb!, TokenizationPipeline.Default);
        Assert.True(scores.Words.F1 >= 99.8, $"words {scores.Words}");
        Assert.True(scores.Sentences.F1 >= 99.3, $"sentences {scores.Sentences}");
    }
}
