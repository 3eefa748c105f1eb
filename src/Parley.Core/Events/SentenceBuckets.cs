namespace Parley.Events;

/// <summary>
/// The items of a per-document list (mentions, places) grouped by the sentences their tokens touch, each group in
/// list order: a scan for the first item in a sentence that fits reads only that sentence's group and finds the same
/// item as a scan of the whole list, so per-frame lookups stay linear in a long document. Built once per document.
/// </summary>
internal sealed class SentenceBuckets<T>
{
    private readonly List<T>[] _groups;
    private readonly IReadOnlyList<T>? _all;

    /// <summary>Groups <paramref name="items"/>, whose tokens are <c>[first, end)</c>, by the sentences they touch.</summary>
    public SentenceBuckets(IReadOnlyList<T> items, Func<T, (int First, int End)> tokens, DocumentIndex index)
    {
        _groups = new List<T>[index.SentenceCount];
        var n = index.TokenCount;
        if (!index.Covers)
            _all = items;
        foreach (var item in _all is null ? items : [])
        {
            var (first, end) = tokens(item);
            if (first < 0 || end > n || end <= first)
            {
                // An item without tokens of its own cannot be placed: every sentence reads the whole list.
                _all = items;
                return;
            }
            var last = -1;
            for (var t = first; t < end; t++)
            {
                var s = index.SentenceOf(t);
                if (s == last)
                    continue;
                (_groups[s] ??= []).Add(item);
                last = s;
            }
        }
    }

    /// <summary>
    /// The items with a token in sentence <paramref name="sentence"/> (by <see cref="DocumentIndex.SentenceOf"/>), in
    /// list order; the whole list when some item has no tokens inside the document or some token is in no sentence.
    /// </summary>
    public IReadOnlyList<T> Of(int sentence) => _all ?? (IReadOnlyList<T>?)_groups[sentence] ?? [];
}
