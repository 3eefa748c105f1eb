using Parley.Documents;

namespace Parley.Tests.Support;

/// <summary>
/// Builds a one-sentence document by hand for stage tests that should not depend on the real tokenizer:
/// tokens are separated by spaces, and a trailing comma, question mark, colon or semicolon is split off (a period only
/// at the end of the text, so that "Dec." stays whole).
/// </summary>
internal static class SimpleDocument
{
    public static Document Sentence(string text, DateOnly? date = null)
    {
        var doc = new Document(text, new DocumentMetadata("test", date));
        var tokens = new List<TokenData>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
                i++;
            var end = i;
            var last = text.AsSpan(end).Trim().Length == 0;
            var punct = end - start > 1 && (last ? ",.?:;" : ",?:;").Contains(text[end - 1], StringComparison.Ordinal);
            tokens.Add(new TokenData { Start = start, Length = end - start - (punct ? 1 : 0) });
            if (punct)
                tokens.Add(new TokenData { Start = end - 1, Length = 1 });
        }
        var arr = tokens.ToArray();
        for (var t = 0; t < arr.Length; t++)
            arr[t].SpaceAfter = (t + 1 < arr.Length ? arr[t + 1].Start : text.Length) - arr[t].End;
        doc.SetTokens(arr);
        doc.SetSentences([new SentenceData(0, arr.Length, true)]);
        return doc;
    }
}
