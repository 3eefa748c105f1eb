using System.Buffers;
using Parley.Documents;

namespace Parley.Tokenization;

/// <summary>
/// A growable token array rented from the shared pool (doubling when full). The only per-document allocation
/// of the tokenizer is the exactly sized result of <see cref="ToArray"/>; call <see cref="Dispose"/> after it.
/// </summary>
internal struct TokenBuffer : IDisposable
{
    private TokenData[] _items;

    public TokenBuffer(int capacity) => _items = ArrayPool<TokenData>.Shared.Rent(Math.Max(capacity, 16));

    public int Count { get; private set; }

    public void Add(int start, int length)
    {
        if (Count == _items.Length)
            Grow();
        ref var t = ref _items[Count++];
        t = default;
        t.Start = start;
        t.Length = length;
    }

    private void Grow()
    {
        var bigger = ArrayPool<TokenData>.Shared.Rent(_items.Length * 2);
        _items.AsSpan(0, Count).CopyTo(bigger);
        ArrayPool<TokenData>.Shared.Return(_items);
        _items = bigger;
    }

    /// <summary>The tokens, exactly sized, with <see cref="TokenData.SpaceAfter"/> filled from the gaps in <paramref name="textLength"/>.</summary>
    public readonly TokenData[] ToArray(int textLength)
    {
        var result = _items.AsSpan(0, Count).ToArray();
        for (var i = 0; i < result.Length - 1; i++)
            result[i].SpaceAfter = result[i + 1].Start - result[i].End;
        if (result.Length > 0)
            result[^1].SpaceAfter = textLength - result[^1].End;
        return result;
    }

    /// <summary>Returns the rented array to the pool.</summary>
    public void Dispose()
    {
        if (_items.Length > 0)
            ArrayPool<TokenData>.Shared.Return(_items);
        _items = [];
    }
}
