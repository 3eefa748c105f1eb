namespace Parley.Parsing;

/// <summary>
/// The parser's symbol tables: normalized word forms and tags (ids 0 = none, 1 = unknown, 2 = root, then the
/// known symbols), and relation labels (0..Count-1, lift-decorated ones included) with their base relations
/// (the part before <c>:</c> and <c>^</c>, numbered below 64 for label-set features). Immutable once built.
/// </summary>
internal sealed class ParserVocabulary
{
    public const int NoneId = 0;
    public const int UnknownId = 1;
    public const int RootId = 2;
    public const int MaxTags = 250;

    private readonly Dictionary<string, int> _words;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly Dictionary<string, int> _tags;
    private readonly Dictionary<string, int> _labels;

    public ParserVocabulary(IReadOnlyList<string> words, IReadOnlyList<string> tags, IReadOnlyList<string> labels)
    {
        Words = words;
        Tags = tags;
        Labels = labels;
        _words = Index(words);
        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _tags = Index(tags);
        _labels = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var bases = labels.Select(BaseRelation).Distinct(StringComparer.Ordinal).ToList();
        BaseRelations = bases;
        BaseOfLabel = [.. labels.Select(l => bases.IndexOf(BaseRelation(l)) & 63)];
        IsLifted = [.. labels.Select(l => l.Contains(PseudoProjective.Mark, StringComparison.Ordinal))];
        RootLabel = FindLabel("root");
        FallbackLabel = FindLabel("dep");
        if (RootLabel < 0 || FallbackLabel < 0)
            throw new ArgumentException("the label set must contain 'root' and 'dep'", nameof(labels));
    }

    public IReadOnlyList<string> Words { get; }
    public IReadOnlyList<string> Tags { get; }
    public IReadOnlyList<string> Labels { get; }
    public IReadOnlyList<string> BaseRelations { get; }
    public int[] BaseOfLabel { get; }
    /// <summary>Whether each label is lift-decorated (contains <see cref="PseudoProjective.Mark"/>).</summary>
    public bool[] IsLifted { get; }
    public int RootLabel { get; }
    public int FallbackLabel { get; }

    public int WordId(ReadOnlySpan<char> normalized) => _wordLookup.TryGetValue(normalized, out var id) ? id : UnknownId;

    public int TagId(string tag) => _tags.TryGetValue(tag, out var id) ? id : UnknownId;

    public int FindLabel(string label) => _labels.TryGetValue(label, out var id) ? id : -1;

    /// <summary>The universal relation of a label: <c>nsubj:pass^obj</c> → <c>nsubj</c>.</summary>
    public static string BaseRelation(string label)
    {
        var end = label.IndexOfAny([':', PseudoProjective.Mark]);
        return end < 0 ? label : label[..end];
    }

    /// <summary>Lower-cases and maps digits to 0 into <paramref name="destination"/>; returns the length written.</summary>
    public static int Normalize(ReadOnlySpan<char> form, Span<char> destination)
    {
        var n = Math.Min(form.Length, destination.Length);
        for (var i = 0; i < n; i++)
            destination[i] = char.IsDigit(form[i]) ? '0' : char.ToLowerInvariant(form[i]);
        return n;
    }

    /// <summary>The normalized form as a string (for the reference parser and for building vocabularies).</summary>
    public static string Normalize(string form)
    {
        var buffer = new char[form.Length];
        return new string(buffer, 0, Normalize(form, buffer));
    }

    private static Dictionary<string, int> Index(IReadOnlyList<string> symbols)
    {
        var d = new Dictionary<string, int>(symbols.Count, StringComparer.Ordinal);
        for (var i = 0; i < symbols.Count; i++)
            d[symbols[i]] = i + 3;
        return d;
    }
}
