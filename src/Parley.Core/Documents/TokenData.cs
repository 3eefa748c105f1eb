namespace Parley.Documents;

/// <summary>
/// One token of a <see cref="Document"/>: character offsets into the untouched original text plus the
/// annotations later stages add. Stored contiguously in <see cref="Document.Tokens"/>; read it through the
/// <see cref="Token"/> view. Fields that hold strings (lemma, XPOS, features, relation) are ids into the
/// document's <see cref="StringPool"/>; 0 means "not set".
/// </summary>
public struct TokenData
{
    /// <summary>Offset of the first character in <see cref="Document.Text"/>.</summary>
    public int Start;

    /// <summary>Number of characters of the token.</summary>
    public int Length;

    /// <summary>Number of whitespace characters between this token and the next one (or the end of text).</summary>
    public int SpaceAfter;

    /// <summary>Universal part of speech.</summary>
    public Upos Upos;

    /// <summary>Language-specific (Penn Treebank) tag, an id in <see cref="Document.Strings"/>.</summary>
    public int Xpos;

    /// <summary>Lemma, an id in <see cref="Document.Strings"/>.</summary>
    public int Lemma;

    /// <summary>UD morphological features (<c>Number=Sing|Person=3</c>), an id in <see cref="Document.Strings"/>.</summary>
    public int Feats;

    /// <summary>Index of the syntactic head in the document's token array; -1 for the root of a sentence.</summary>
    public int Head;

    /// <summary>UD dependency relation to the head, an id in <see cref="Document.Strings"/>.</summary>
    public int DepRel;

    /// <summary>Named-entity tag in IOB2 form.</summary>
    public EntityTag Entity;

    /// <summary>The exclusive end offset of the token.</summary>
    public readonly int End => Start + Length;
}
