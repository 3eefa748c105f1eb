using Parley.Documents;

namespace Parley.Frames;

/// <summary>Read access to one parsed sentence: children by relation, lemmas, and subtrees.</summary>
internal sealed partial class SentenceTree
{
    private readonly Document _doc;
    // The children of the sentence's tokens, by head, in token order: those of token First + i are
    // _children[_starts[i].._starts[i + 1]].
    private readonly int[] _children;
    private readonly int[] _starts;

    public SentenceTree(Document doc, SentenceData sentence)
    {
        _doc = doc;
        First = sentence.FirstToken;
        End = sentence.EndToken;
        var tokens = doc.Tokens;
        _starts = new int[sentence.TokenCount + 1];
        for (var t = First; t < End; t++)
            if (tokens[t].Head >= First && tokens[t].Head < End)
                _starts[tokens[t].Head - First + 1]++;
        for (var i = 1; i < _starts.Length; i++)
            _starts[i] += _starts[i - 1];
        _children = new int[_starts[^1]];
        var next = _starts[..^1];
        for (var t = First; t < End; t++)
            if (tokens[t].Head >= First && tokens[t].Head < End)
                _children[next[tokens[t].Head - First]++] = t;
    }

    public int First { get; }

    /// <summary>True when <paramref name="t"/> lies inside an actor mention (the actors stage's layer, when present).</summary>
    public bool InActor(int t)
    {
        _inActor ??= ActorTokenIndex.Of(_doc);
        return _inActor[t];
    }

    private bool[]? _inActor;

    public int End { get; }

    public Document Document => _doc;

    /// <summary>The children of <paramref name="t"/> in token order (a segment, so that a foreach allocates nothing).</summary>
    public ArraySegment<int> Children(int t) => new(_children, _starts[t - First], _starts[t - First + 1] - _starts[t - First]);

    /// <summary>True when some child of <paramref name="t"/> has the relation <paramref name="rel"/> and the lemma <paramref name="lemma"/>.</summary>
    public bool HasChild(int t, string rel, string lemma)
    {
        foreach (var c in Children(t))
            if (Is(c, rel) && Lemma(c) == lemma)
                return true;
        return false;
    }

    /// <summary>The first child whose relation is <paramref name="rel"/> (or starts with <c>rel:</c>), or -1.</summary>
    public int Child(int t, string rel)
    {
        foreach (var c in Children(t))
            if (Is(c, rel))
                return c;
        return -1;
    }

    /// <summary>The children of <paramref name="t"/> whose relation is <paramref name="rel"/> or a subtype, lazily (one iterator, no closure).</summary>
    public IEnumerable<int> ChildrenWith(int t, string rel)
    {
        foreach (var c in Children(t))
            if (Is(c, rel))
                yield return c;
    }

    /// <summary>True when the relation of <paramref name="t"/> is <paramref name="rel"/> or a subtype of it.</summary>
    public bool Is(int t, string rel)
    {
        var r = Rel(t);
        return r == rel || (r.Length > rel.Length && r[rel.Length] == ':' && r.StartsWith(rel, StringComparison.Ordinal));
    }

    public string Rel(int t) => _doc.Strings[_doc.Tokens[t].DepRel];

    public int Head(int t) => _doc.Tokens[t].Head;

    public Upos Upos(int t) => _doc.Tokens[t].Upos;

    public string Xpos(int t) => _doc.Strings[_doc.Tokens[t].Xpos];

    /// <summary>The lemma in lower case (the lower-cased form when no lemma is set), made once a token (lemmas are never changed here).</summary>
    public string Lemma(int t)
    {
        if (t < First || t >= End)
            return MakeLemma(t);
        _lemmas ??= new string?[End - First];
        return _lemmas[t - First] ??= MakeLemma(t);
    }

    private string?[]? _lemmas;

    private string MakeLemma(int t)
    {
        var lemma = _doc.Strings[_doc.Tokens[t].Lemma];
        return lemma.Length > 0 ? lemma.ToLowerInvariant() : LowerWord(t);
    }

    public string Word(int t) => _doc.Text.Substring(_doc.Tokens[t].Start, _doc.Tokens[t].Length);

    /// <summary>The word in lower case, made once a token.</summary>
    public string LowerWord(int t)
    {
        if (t < First || t >= End)
            return Word(t).ToLowerInvariant();
        _lowerWords ??= new string?[End - First];
        return _lowerWords[t - First] ??= Word(t).ToLowerInvariant();
    }

    private string?[]? _lowerWords;

    /// <summary>True when the word of <paramref name="t"/> is <paramref name="word"/>.</summary>
    public bool WordIs(int t, string word) => _doc.Text.AsSpan(_doc.Tokens[t].Start, _doc.Tokens[t].Length).SequenceEqual(word);

    /// <summary>The smallest and largest token index in the subtree of <paramref name="t"/>.</summary>
    public (int First, int Last) Span(int t)
    {
        var (lo, hi) = (t, t);
        foreach (var c in Children(t))
        {
            var (a, b) = Span(c);
            (lo, hi) = (Math.Min(lo, a), Math.Max(hi, b));
        }
        return (lo, hi);
    }
}
