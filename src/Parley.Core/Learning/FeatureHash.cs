using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Parley.Learning;

/// <summary>
/// 64-bit feature ids for <see cref="HashedPerceptron"/>, computed without allocation from a template number and
/// the feature's values (strings as spans, or ints). Collisions at 64 bits are negligible for our feature counts.
/// </summary>
public static class FeatureHash
{
    /// <summary>Hashes a template with one string value.</summary>
    public static ulong Of(int template, ReadOnlySpan<char> value) =>
        XxHash3.HashToUInt64(MemoryMarshal.AsBytes(value), Seed(template));

    /// <summary>Hashes a template with two string values.</summary>
    public static ulong Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        XxHash3.HashToUInt64(MemoryMarshal.AsBytes(b), (long)Of(template, a));

    /// <summary>Hashes a template with a string value and an int.</summary>
    public static ulong Of(int template, ReadOnlySpan<char> a, int b) => Mix(Of(template, a), (ulong)(uint)b);

    /// <summary>Hashes a template with up to three ints.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Of(int template, int a, int b = 0, int c = 0) =>
        Mix(Mix(Mix((ulong)Seed(template), (ulong)(uint)a), (ulong)(uint)b), (ulong)(uint)c);

    /// <summary>Hashes the same text a <see cref="AveragedPerceptron"/> feature string would have.</summary>
    public static ulong OfString(string feature) => Of(0, feature.AsSpan());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Seed(int template) => unchecked((long)Mix(0x9E3779B97F4A7C15UL, (ulong)(uint)template));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong h, ulong v)
    {
        unchecked
        {
            h ^= v + 0x9E3779B97F4A7C15UL + (h << 6) + (h >> 2);
            h ^= h >> 33;
            h *= 0xFF51AFD7ED558CCDUL;
            h ^= h >> 33;
            return h;
        }
    }
}
