using System.Text;
using Parley.Documents;

namespace Parley.Writing;

/// <summary>What the writers share: sentence ranges, head numbering and the UD escaping of whitespace.</summary>
internal static class WriterSupport
{
    private static readonly System.Text.Json.JsonWriterOptions JsonOptions =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>What <paramref name="write"/> writes, as compact JSON text (non-ASCII kept as is).</summary>
    public static string Json(Action<System.Text.Json.Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer, JsonOptions))
            write(json);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The document's sentences, or one sentence over all tokens when no splitter has run.</summary>
    public static SentenceData[] SentencesOf(Document document)
    {
        if (document.Annotations.HasFlag(Annotations.Sentences))
            return document.Sentences.ToArray();
        return document.TokenCount == 0 ? [] : [new SentenceData(0, document.TokenCount, true)];
    }

    /// <summary>The CoNLL-U head of a token: 0 for the root, else the 1-based index of the head in the sentence.</summary>
    public static int HeadInSentence(in TokenData token, in SentenceData sentence) =>
        token.Head < 0 ? 0 : token.Head - sentence.FirstToken + 1;

    /// <summary>The characters <see cref="OneLine"/> replaces.</summary>
    public static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create("\t\n\r\f\u0085\u2028\u2029");

    /// <summary>The text with every line break (CR, LF, CRLF, NEL, LS, PS, FF) and tab replaced by a space.</summary>
    public static string OneLine(string text) => text.ReplaceLineEndings(" ").Replace('\t', ' ');

    /// <summary>
    /// Escapes whitespace for the <c>SpacesAfter</c>/<c>SpacesBefore</c> MISC attributes as UDPipe does:
    /// <c>\s</c> space, <c>\t</c> tab, <c>\n</c> newline, <c>\r</c> carriage return, <c>\p</c> for '|', <c>\\</c>.
    /// </summary>
    public static string EscapeSpaces(ReadOnlySpan<char> spaces)
    {
        var sb = new StringBuilder(spaces.Length * 2);
        foreach (var c in spaces)
        {
            sb.Append(c switch
            {
                ' ' => @"\s",
                '\t' => @"\t",
                '\n' => @"\n",
                '\r' => @"\r",
                '|' => @"\p",
                '\\' => @"\\",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }
}
