namespace Parley.Documents;

/// <summary>A sentence as a range of tokens; read it through the <see cref="Sentence"/> view.</summary>
/// <param name="FirstToken">Index of its first token in <see cref="Document.Tokens"/>.</param>
/// <param name="TokenCount">Number of tokens.</param>
/// <param name="StartsParagraph">True when a paragraph break (or the document start) precedes it.</param>
public readonly record struct SentenceData(int FirstToken, int TokenCount, bool StartsParagraph)
{
    /// <summary>Index one past the last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
