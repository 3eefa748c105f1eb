namespace Parley.Documents;

/// <summary>A cheap read-only view of one sentence of a <see cref="Document"/>.</summary>
public readonly struct Sentence
{
    private readonly Document _doc;

    internal Sentence(Document doc, int index)
    {
        _doc = doc;
        Index = index;
    }

    /// <summary>Index among the document's sentences.</summary>
    public int Index { get; }

    /// <summary>The sentence's token range.</summary>
    public SentenceData Data => _doc.Sentences[Index];

    /// <summary>The sentence's tokens as a span view.</summary>
    public TextSpan Tokens => new(_doc, Data.FirstToken, Data.EndToken);

    /// <summary>Start character offset.</summary>
    public int Start => Tokens.Start;

    /// <summary>Exclusive end character offset.</summary>
    public int End => Tokens.End;

    /// <summary>The sentence text without trailing whitespace (allocates).</summary>
    public string Text => Tokens.Text;

    /// <inheritdoc />
    public override string ToString() => Text;
}
