using Parley.Documents;

namespace Parley.Tokenization;

/// <summary>A growable token array (doubling); the tokenizer's only per-document allocations besides the result.</summary>
internal struct TokenBuffer
{
    private TokenData[] _items;

    public TokenBuffer(int capacity) => _items = new TokenData[Math.Max(capacity, 16)];

    public int Count { get; private set; }

    public void Add(int start, int length)
    {
        if (Count == _items.Length)
            Array.Resize(ref _items, _items.Length * 2);
        _items[Count++] = new TokenData { Start = start, Length = length };
    }

    /// <summary>The tokens, exactly sized, with <see cref="TokenData.SpaceAfter"/> filled from the gaps in <paramref name="textLength"/>.</summary>
    public readonly TokenData[] ToArray(int textLength)
    {
        var result = _items.AsSpan(0, Count).ToArray();
        for (var i = 0; i < result.Length; i++)
        {
            var next = i + 1 < result.Length ? result[i + 1].Start : textLength;
            result[i].SpaceAfter = next - result[i].End;
        }
        return result;
    }
}
