using Parley.Learning;

namespace Parley.Entities;

/// <summary>Kinds of gazetteer entries, as bit flags (a phrase may be several).</summary>
[Flags]
public enum GazetteerKind : byte
{
    /// <summary>No entry.</summary>
    None = 0,
    /// <summary>A place: city, region, country, capital.</summary>
    Location = 1,
    /// <summary>A person's name.</summary>
    Person = 2,
    /// <summary>An organization.</summary>
    Organization = 4,
    /// <summary>A nationality or demonym ("North Korean", "Iraqi").</summary>
    Nationality = 8,
    /// <summary>A country name (also a location).</summary>
    Country = 16,
}

/// <summary>
/// Case-insensitive multi-word name lists (places, people, nationalities) matched against token sequences
/// without allocation: phrases are stored as 64-bit hashes of their lower-cased tokens. Immutable.
/// </summary>
public sealed class Gazetteer
{
    // Every phrase and every proper prefix of a phrase, by hash: the phrase's kinds, plus PrefixBit when a longer
    // phrase continues it, plus PhraseBit when it is a phrase. Matching stops at the first token sequence that no
    // phrase starts with.
    private readonly Dictionary<ulong, byte> _steps;
    private const byte PrefixBit = 0x80, PhraseBit = 0x40;

    /// <summary>Creates a gazetteer from (kind, phrase of space-separated tokens) entries.</summary>
    public Gazetteer(IEnumerable<(GazetteerKind Kind, string Phrase)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _steps = [];
        foreach (var (kind, phrase) in entries)
        {
            var tokens = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length == 0)
                continue;
            MaxTokens = Math.Max(MaxTokens, tokens.Length);
            var h = Start;
            for (var t = 0; t < tokens.Length; t++)
            {
                if (t > 0)
                    _steps[h] = (byte)(_steps.GetValueOrDefault(h) | PrefixBit);
                h = Extend(h, TokenKey(tokens[t]));
            }
            var before = _steps.GetValueOrDefault(h);
            if ((before & PhraseBit) == 0)
                Count++;
            _steps[h] = (byte)(before | PhraseBit | (byte)kind);
        }
    }

    /// <summary>Number of distinct phrases.</summary>
    public int Count { get; }

    /// <summary>Longest phrase, in tokens.</summary>
    public int MaxTokens { get; }

    /// <summary>The lookup key of one token (its lower-cased characters).</summary>
    public static ulong TokenKey(ReadOnlySpan<char> token)
    {
        Span<char> lower = stackalloc char[64];
        var n = Math.Min(token.Length, lower.Length);
        return FeatureHash.Of(0, lower[..token[..n].ToLowerInvariant(lower)]);
    }

    /// <summary>
    /// For each token, the kinds of the longest phrase starting there (<paramref name="begins"/>) and of the
    /// phrases covering it after their first token (<paramref name="inside"/>).
    /// </summary>
    public void Match(ReadOnlySpan<ulong> tokenKeys, Span<GazetteerKind> begins, Span<GazetteerKind> inside)
    {
        begins[..tokenKeys.Length].Clear();
        inside[..tokenKeys.Length].Clear();
        for (var i = 0; i < tokenKeys.Length; i++)
        {
            var h = Start;
            for (var n = 1; n <= MaxTokens && i + n <= tokenKeys.Length; n++)
            {
                h = Extend(h, tokenKeys[i + n - 1]);
                if (!_steps.TryGetValue(h, out var step))
                    break;
                if ((step & PhraseBit) == 0)
                    continue;
                var kind = (GazetteerKind)(step & ~(PrefixBit | PhraseBit));
                begins[i] = kind;
                for (var j = i + 1; j < i + n; j++)
                    inside[j] |= kind;
                if ((step & PrefixBit) == 0)
                    break;
            }
        }
    }

    private const ulong Start = 0x243F6A8885A308D3UL;

    private static ulong Extend(ulong h, ulong token)
    {
        var x = h ^ token;
        return FeatureHash.Of(7, (int)x, (int)(x >> 32));
    }
}
