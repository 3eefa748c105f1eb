using System.Text.Json;
using Parley.Documents;

namespace Parley.Writing;

/// <summary>
/// Writes each document as one JSON object on one line (JSON Lines): <c>id</c>, <c>metadata</c> (date, title,
/// url, source, null when unknown), <c>text</c>, and <c>sentences</c>, each with its <c>id</c>
/// (<c>doc-n</c>), character offsets, <c>newpar</c> and <c>tokens</c>. A token has its 1-based <c>id</c>,
/// <c>form</c>, <c>start</c>/<c>end</c> character offsets into <c>text</c> (UTF-16 code units), <c>spaceAfter</c>, and the fields of
/// every later layer the document has (<c>upos</c>, <c>xpos</c>, <c>lemma</c>, <c>feats</c>, <c>head</c>,
/// <c>deprel</c>, <c>ner</c>), with <c>head</c> numbered as in CoNLL-U.
/// </summary>
public sealed class JsonLinesWriter : IDocumentWriter
{
    /// <inheritdoc />
    public void Write(Document document, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(WriterSupport.Json(json =>
        {
            json.WriteStartObject();
            json.WriteString("id", document.Metadata.Id);
            WriteMetadata(document.Metadata, json);
            json.WriteString("text", document.Text);
            json.WriteStartArray("sentences");
            var sentences = WriterSupport.SentencesOf(document);
            for (var i = 0; i < sentences.Length; i++)
                WriteSentence(document, sentences[i], i + 1, json);
            json.WriteEndArray();
            json.WriteEndObject();
        }));
        output.Write('\n');
    }

    private static void WriteMetadata(DocumentMetadata metadata, Utf8JsonWriter json)
    {
        json.WriteStartObject("metadata");
        if (metadata.PublicationDate is { } date)
            json.WriteString("date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        else
            json.WriteNull("date");
        json.WriteString("title", metadata.Title);
        json.WriteString("url", metadata.Url);
        json.WriteString("source", metadata.Source);
        json.WriteEndObject();
    }

    private static void WriteSentence(Document document, SentenceData sentence, int number, Utf8JsonWriter json)
    {
        var view = new TextSpan(document, sentence.FirstToken, sentence.EndToken);
        json.WriteStartObject();
        json.WriteString("id", $"{document.Metadata.Id}-{number}");
        json.WriteNumber("start", view.Start);
        json.WriteNumber("end", view.End);
        json.WriteBoolean("newpar", sentence.StartsParagraph);
        json.WriteStartArray("tokens");
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            WriteToken(document, sentence, t, json);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteToken(Document document, in SentenceData sentence, int index, Utf8JsonWriter json)
    {
        ref readonly var token = ref document.Tokens[index];
        var layers = document.Annotations;
        json.WriteStartObject();
        json.WriteNumber("id", index - sentence.FirstToken + 1);
        json.WriteString("form", document.Slice(token.Start, token.End));
        json.WriteNumber("start", token.Start);
        json.WriteNumber("end", token.End);
        json.WriteBoolean("spaceAfter", token.SpaceAfter > 0);
        if (layers.HasFlag(Annotations.Tags))
        {
            json.WriteString("upos", token.Upos == Upos.None ? null : token.Upos.ToString());
            json.WriteString("xpos", NullIfEmpty(document.Strings[token.Xpos]));
        }
        if (layers.HasFlag(Annotations.Lemmas))
            json.WriteString("lemma", NullIfEmpty(document.Strings[token.Lemma]));
        if (layers.HasFlag(Annotations.Features))
            json.WriteString("feats", NullIfEmpty(document.Strings[token.Feats]));
        if (layers.HasFlag(Annotations.Dependencies))
        {
            json.WriteNumber("head", WriterSupport.HeadInSentence(token, sentence));
            json.WriteString("deprel", NullIfEmpty(document.Strings[token.DepRel]));
        }
        if (layers.HasFlag(Annotations.Entities))
            json.WriteString("ner", token.Entity.ToString());
        json.WriteEndObject();
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
