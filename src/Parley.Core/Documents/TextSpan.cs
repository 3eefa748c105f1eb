namespace Parley.Documents;

/// <summary>A read-only view of a contiguous range of tokens [<see cref="FirstToken"/>, <see cref="EndToken"/>).</summary>
public readonly struct TextSpan
{
    private readonly Document _doc;

    /// <summary>Creates a view over tokens [<paramref name="firstToken"/>, <paramref name="endToken"/>).</summary>
    public TextSpan(Document doc, int firstToken, int endToken)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentOutOfRangeException.ThrowIfNegative(firstToken);
        ArgumentOutOfRangeException.ThrowIfLessThan(endToken, firstToken);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(endToken, doc.TokenCount);
        _doc = doc;
        FirstToken = firstToken;
        EndToken = endToken;
    }

    /// <summary>First token index.</summary>
    public int FirstToken { get; }

    /// <summary>One past the last token index.</summary>
    public int EndToken { get; }

    /// <summary>Number of tokens.</summary>
    public int Length => EndToken - FirstToken;

    /// <summary>Start character offset (the end offset when empty).</summary>
    public int Start => Length == 0 ? End : _doc.Tokens[FirstToken].Start;

    /// <summary>Exclusive end character offset.</summary>
    public int End => Length == 0
        ? (FirstToken < _doc.TokenCount ? _doc.Tokens[FirstToken].Start : _doc.Text.Length)
        : _doc.Tokens[EndToken - 1].End;

    /// <summary>The token at <paramref name="i"/> within the span.</summary>
    public Token this[int i] => _doc.Token(FirstToken + i);

    /// <summary>The covered text, original whitespace included (allocates).</summary>
    public string Text => _doc.Text[Start..End];

    /// <inheritdoc />
    public override string ToString() => Text;
}
