namespace Parley.Tagging;

/// <summary>The 64-bit keys of one word's views, computed once per sentence for the hashed features.</summary>
internal struct WordKeys
{
    public ulong Norm, Form, Shape;
    public ulong Suf1, Suf2, Suf3, Suf4, Suf5, Pre1, Pre2, Pre3, Pre4;
    public int Flags, Dict, Sure;
    public int NormStart, NormLength;

    /// <summary>The word's <see cref="TaggerLexicon"/> entry (-1 none); set only when tagging with a lexicon.</summary>
    public int Entry;

    /// <summary>Keys of the padding before (<paramref name="before"/>) or after the sentence.</summary>
    public static WordKeys Padding(bool before)
    {
        var k = Key(before ? "-START-" : "-END-");
        return new WordKeys
        {
            Norm = k, Form = k, Shape = k, Suf1 = k, Suf2 = k, Suf3 = k, Suf4 = k, Suf5 = k,
            Pre1 = k, Pre2 = k, Pre3 = k, Pre4 = k,
            Flags = 0, Dict = TaggerTemplates.Pad, Sure = -1, Entry = -1,
        };
    }

    /// <summary>The key of a string value (the same hash for the same characters).</summary>
    public static ulong Key(ReadOnlySpan<char> value) => Learning.FeatureHash.Of(0, value);
}
