using Parley.Actors;
using Parley.Documents;

namespace Parley.Events;

/// <summary>
/// Per-document lookups the coder needs many times, built once in linear time: the sentence of each token, the
/// children of each token, and the actor mention covering each token.
/// </summary>
internal sealed class DocumentIndex
{
    private readonly int[] _sentenceOf;
    private readonly int[] _childStart;
    private readonly int[] _children;
    private readonly int[] _mentionAt;
    private readonly int _sentenceCount;

    public DocumentIndex(Document doc, IReadOnlyList<ActorMention> mentions)
    {
        var n = doc.TokenCount;
        _sentenceOf = new int[n];
        _sentenceCount = doc.SentenceCount;
        for (var s = 0; s < doc.SentenceCount; s++)
            for (var t = doc.Sentences[s].FirstToken; t < doc.Sentences[s].EndToken; t++)
                _sentenceOf[t] = s;
        (_childStart, _children) = ChildTable(doc);
        Covers = Contiguous(doc);
        HeadsInSentences = Covers;
        for (var t = 0; t < n && HeadsInSentences; t++)
            HeadsInSentences = doc.Tokens[t].Head < 0 || (doc.Tokens[t].Head < n && _sentenceOf[doc.Tokens[t].Head] == _sentenceOf[t]);
        _mentionAt = new int[n];
        Array.Fill(_mentionAt, -1);
        for (var m = mentions.Count - 1; m >= 0; m--)
            for (var t = mentions[m].FirstToken; t < mentions[m].EndToken && t < n; t++)
                _mentionAt[t] = m;
    }

    /// <summary>True when every token is in a sentence (the sentences follow one another without gaps).</summary>
    public bool Covers { get; }

    /// <summary>
    /// True when the sentences cover every token and every token's head is in the token's own sentence (head chains
    /// never leave a sentence).
    /// </summary>
    public bool HeadsInSentences { get; }

    /// <summary>The number of tokens.</summary>
    public int TokenCount => _sentenceOf.Length;

    /// <summary>The number of sentences.</summary>
    public int SentenceCount => _sentenceCount;

    /// <summary>The sentence index of token <paramref name="t"/>.</summary>
    public int SentenceOf(int t) => _sentenceOf[t];

    /// <summary>The children of token <paramref name="t"/>, in token order.</summary>
    public ReadOnlySpan<int> Children(int t) => _children.AsSpan(_childStart[t], _childStart[t + 1] - _childStart[t]);

    /// <summary>True when a child of token <paramref name="t"/> passes <paramref name="test"/> (no copy of the children).</summary>
    public bool AnyChild(int t, Func<int, bool> test) => FirstChild(t, test) >= 0;

    /// <summary>The first child of token <paramref name="t"/>, in <see cref="Children"/> order, that passes <paramref name="test"/>, or -1.</summary>
    public int FirstChild(int t, Func<int, bool> test)
    {
        foreach (var c in Children(t))
            if (test(c))
                return c;
        return -1;
    }

    /// <summary>The index of the first mention covering token <paramref name="t"/>, or -1.</summary>
    public int MentionAt(int t) => _mentionAt[t];

    // True when the sentences follow one another from the first token to the last without a gap (so every token is
    // in exactly one); documents whose sentences do not are treated as not covered, which is only slower.
    private static bool Contiguous(Document doc)
    {
        var next = 0;
        foreach (var s in doc.Sentences)
        {
            if (s.FirstToken != next || s.EndToken <= s.FirstToken)
                return false;
            next = s.EndToken;
        }
        return next == doc.TokenCount;
    }

    // Counting sort of tokens by head: a compressed table of every token's children.
    private static (int[] Start, int[] Children) ChildTable(Document doc)
    {
        var n = doc.TokenCount;
        var start = new int[n + 1];
        foreach (ref readonly var t in doc.Tokens)
            if (t.Head >= 0 && t.Head < n)
                start[t.Head + 1]++;
        for (var i = 0; i < n; i++)
            start[i + 1] += start[i];
        var children = new int[start[n]];
        var fill = start[..n];
        for (var i = 0; i < n; i++)
        {
            var h = doc.Tokens[i].Head;
            if (h >= 0 && h < n)
                children[fill[h]++] = i;
        }
        return (start, children);
    }
}
