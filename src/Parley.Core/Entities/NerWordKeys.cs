namespace Parley.Entities;

/// <summary>The 64-bit keys of one word's views for the recognizer's hashed features, computed once per sentence.</summary>
internal struct NerWordKeys
{
    public ulong Form, Lower, Shape, Suf3, Suf4, Pre3, Xpos, Gaz;
    public int Upos, Flags, GazBegin, GazInside;

    public static NerWordKeys Padding(bool before)
    {
        var k = Tagging.WordKeys.Key(before ? "-START-" : "-END-");
        return new NerWordKeys { Form = k, Lower = k, Shape = k, Suf3 = k, Suf4 = k, Pre3 = k, Xpos = k, Upos = before ? -1 : -2, Flags = -1 };
    }
}
