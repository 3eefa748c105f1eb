using Parley.Documents;

namespace Parley.Frames;

/// <summary>Read access to one parsed sentence: children by relation, lemmas, and subtrees.</summary>
internal sealed class SentenceTree
{
    private readonly Document _doc;
    private readonly List<int>[] _children;

    public SentenceTree(Document doc, SentenceData sentence)
    {
        _doc = doc;
        First = sentence.FirstToken;
        End = sentence.EndToken;
        _children = new List<int>[sentence.TokenCount];
        for (var i = 0; i < _children.Length; i++)
            _children[i] = [];
        for (var t = First; t < End; t++)
            if (doc.Tokens[t].Head >= First && doc.Tokens[t].Head < End)
                _children[doc.Tokens[t].Head - First].Add(t);
    }

    public int First { get; }

    /// <summary>True when <paramref name="t"/> lies inside an actor mention (the actors stage's layer, when present).</summary>
    public bool InActor(int t)
    {
        _inActor ??= ActorTokens();
        return _inActor[t - First];
    }

    private bool[]? _inActor;

    private bool[] ActorTokens()
    {
        var marks = new bool[End - First];
        foreach (var m in _doc.GetLayer<Actors.ActorMentions>()?.Items ?? [])
            for (var t = Math.Max(m.FirstToken, First); t < Math.Min(m.EndToken, End); t++)
                marks[t - First] = true;
        return marks;
    }

    public int End { get; }

    public Document Document => _doc;

    public IReadOnlyList<int> Children(int t) => _children[t - First];

    /// <summary>The first child whose relation is <paramref name="rel"/> (or starts with <c>rel:</c>), or -1.</summary>
    public int Child(int t, string rel) => Children(t).FirstOrDefault(c => Is(c, rel), -1);

    public IEnumerable<int> ChildrenWith(int t, string rel) => Children(t).Where(c => Is(c, rel));

    /// <summary>True when the relation of <paramref name="t"/> is <paramref name="rel"/> or a subtype of it.</summary>
    public bool Is(int t, string rel)
    {
        var r = Rel(t);
        return r == rel || (r.Length > rel.Length && r[rel.Length] == ':' && r.StartsWith(rel, StringComparison.Ordinal));
    }

    public string Rel(int t) => _doc.Strings[_doc.Tokens[t].DepRel];

    public int Head(int t) => _doc.Tokens[t].Head;

    public Upos Upos(int t) => _doc.Tokens[t].Upos;

    /// <summary>The lemma in lower case (the lower-cased form when no lemma is set).</summary>
    public string Lemma(int t)
    {
        var lemma = _doc.Strings[_doc.Tokens[t].Lemma];
        return (lemma.Length > 0 ? lemma : _doc.Text.Substring(_doc.Tokens[t].Start, _doc.Tokens[t].Length)).ToLowerInvariant();
    }

    public string Word(int t) => _doc.Text.Substring(_doc.Tokens[t].Start, _doc.Tokens[t].Length);

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
