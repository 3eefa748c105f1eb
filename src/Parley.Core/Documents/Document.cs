namespace Parley.Documents;

/// <summary>
/// A text and everything Parley learns about it. The original text is never modified; tokens are structs
/// holding offsets into it, and sentences are token ranges. Stages fill the arrays in place; a document is
/// processed by one thread at a time.
/// </summary>
public sealed class Document
{
    private TokenData[] _tokens = [];
    private SentenceData[] _sentences = [];
    private readonly Dictionary<Type, object> _layers = [];

    /// <summary>Creates a document over <paramref name="text"/>.</summary>
    public Document(string text, DocumentMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(metadata);
        Text = text;
        Metadata = metadata;
    }

    /// <summary>The untouched original text.</summary>
    public string Text { get; }

    /// <summary>Id, publication date and provenance.</summary>
    public DocumentMetadata Metadata { get; }

    /// <summary>The layers filled so far.</summary>
    public Annotations Annotations { get; private set; }

    /// <summary>Strings that token annotations refer to by id.</summary>
    public StringPool Strings { get; } = new();

    /// <summary>The tokens, in text order. Stages may write annotation fields in place.</summary>
    public Span<TokenData> Tokens => _tokens;

    /// <summary>The sentences, in text order.</summary>
    public ReadOnlySpan<SentenceData> Sentences => _sentences;

    /// <summary>Number of tokens.</summary>
    public int TokenCount => _tokens.Length;

    /// <summary>Number of sentences.</summary>
    public int SentenceCount => _sentences.Length;

    /// <summary>A view of token <paramref name="index"/>.</summary>
    public Token Token(int index) => new(this, index);

    /// <summary>A view of sentence <paramref name="index"/>.</summary>
    public Sentence Sentence(int index) => new(this, index);

    /// <summary>Text before the first token (whitespace only).</summary>
    public ReadOnlySpan<char> LeadingWhitespace =>
        Text.AsSpan(0, _tokens.Length == 0 ? Text.Length : _tokens[0].Start);

    /// <summary>Replaces the tokens (the tokenizer's job) and marks the token layer as present.</summary>
    public void SetTokens(TokenData[] tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        _tokens = tokens;
        Annotations |= Annotations.Tokens;
    }

    /// <summary>Replaces the sentences (the splitter's job) and marks the sentence layer as present.</summary>
    public void SetSentences(SentenceData[] sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        _sentences = sentences;
        Annotations |= Annotations.Sentences;
    }

    /// <summary>Records that a stage has filled <paramref name="layers"/>.</summary>
    public void MarkAnnotated(Annotations layers) => Annotations |= layers;

    /// <summary>Attaches a layer object of type <typeparamref name="T"/> (entities, actors, events, …).</summary>
    public void SetLayer<T>(T layer) where T : class => _layers[typeof(T)] = layer;

    /// <summary>The layer of type <typeparamref name="T"/>, or null when no stage has set it.</summary>
    public T? GetLayer<T>() where T : class => _layers.TryGetValue(typeof(T), out var o) ? (T)o : null;

    /// <summary>The text of a character range.</summary>
    public ReadOnlySpan<char> Slice(int start, int end) => Text.AsSpan(start, end - start);

    /// <summary>Rebuilds the text from leading whitespace, tokens and their trailing whitespace.</summary>
    public string Reconstruct()
    {
        var sb = new System.Text.StringBuilder(Text.Length);
        sb.Append(LeadingWhitespace);
        foreach (ref readonly var t in _tokens.AsSpan())
            sb.Append(Text.AsSpan(t.Start, t.Length + t.SpaceAfter));
        return sb.ToString();
    }
}
