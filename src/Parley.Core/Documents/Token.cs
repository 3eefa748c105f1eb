namespace Parley.Documents;

/// <summary>A cheap read-only view of one token of a <see cref="Document"/>.</summary>
public readonly struct Token
{
    private readonly Document _doc;

    internal Token(Document doc, int index)
    {
        _doc = doc;
        Index = index;
    }

    /// <summary>Index in the document's token array.</summary>
    public int Index { get; }

    private ref readonly TokenData Data => ref _doc.Tokens[Index];

    /// <summary>Start offset in the original text.</summary>
    public int Start => Data.Start;

    /// <summary>Exclusive end offset in the original text.</summary>
    public int End => Data.End;

    /// <summary>The token's characters.</summary>
    public ReadOnlySpan<char> Span => _doc.Text.AsSpan(Data.Start, Data.Length);

    /// <summary>The token's text (allocates).</summary>
    public string Text => Span.ToString();

    /// <summary>True when whitespace follows the token.</summary>
    public bool HasSpaceAfter => Data.SpaceAfter > 0;

    /// <summary>Universal part of speech.</summary>
    public Upos Upos => Data.Upos;

    /// <summary>Penn Treebank tag, or empty.</summary>
    public string Xpos => _doc.Strings[Data.Xpos];

    /// <summary>Lemma, or empty.</summary>
    public string Lemma => _doc.Strings[Data.Lemma];

    /// <summary>UD features, or empty.</summary>
    public string Feats => _doc.Strings[Data.Feats];

    /// <summary>Head token index, -1 at a sentence root.</summary>
    public int Head => Data.Head;

    /// <summary>Dependency relation, or empty.</summary>
    public string DepRel => _doc.Strings[Data.DepRel];

    /// <summary>Named-entity tag.</summary>
    public EntityTag Entity => Data.Entity;

    /// <inheritdoc />
    public override string ToString() => Text;
}
