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

    // Documents of at most this many sentences are not grouped.
    private const int SmallDocument = 4;

    /// <summary>Groups <paramref name="items"/>, whose tokens are <c>[first, end)</c>, by the sentences they touch.</summary>
    public SentenceBuckets(IReadOnlyList<T> items, Func<T, (int First, int End)> tokens, DocumentIndex index)
    {
        _groups = [];
        var n = index.TokenCount;
        // A short document's lists are read whole: grouping them would cost more than it saves.
        if (!index.Covers || index.SentenceCount <= SmallDocument)
        {
            _all = items;
            return;
        }
        _groups = new List<T>[index.SentenceCount];
        foreach (var item in items)
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
    /// list order; the whole list (a superset) for a short document, or when some item has no tokens inside the document
    /// or some token is in no sentence.
    /// </summary>
    public IReadOnlyList<T> Of(int sentence) => _all ?? (IReadOnlyList<T>?)_groups[sentence] ?? [];
}
