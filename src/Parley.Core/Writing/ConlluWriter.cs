using System.Text;
using Parley.Documents;

namespace Parley.Writing;

/// <summary>
/// Writes documents as CoNLL-U: <c># newdoc id</c>, <c># newpar</c> where paragraphs start,
/// <c># sent_id = doc-n</c> and <c># text</c> comments, then one token per line in the ten columns. A column
/// whose layer no stage has filled is <c>_</c>. MISC holds <c>NER=B-PER</c> once entities are tagged,
/// <c>SpaceAfter=No</c>, and <c>SpacesBefore</c>/<c>SpacesAfter</c> for any whitespace other than one space,
/// so that the original text can be rebuilt exactly. A document without tokens writes nothing.
/// </summary>
public sealed class ConlluWriter : IDocumentWriter
{
    /// <inheritdoc />
    public void Write(Document document, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var sentences = WriterSupport.SentencesOf(document);
        if (sentences.Length == 0)
            return;
        var sb = new StringBuilder();
        sb.Append("# newdoc id = ").Append(WriterSupport.OneLine(document.Metadata.Id)).Append('\n');
        for (var i = 0; i < sentences.Length; i++)
        {
            WriteSentence(document, sentences[i], i + 1, sb);
            output.Write(sb);
            sb.Clear();
        }
    }

    private static void WriteSentence(Document document, SentenceData sentence, int number, StringBuilder sb)
    {
        if (sentence.StartsParagraph)
            sb.Append("# newpar\n");
        sb.Append("# sent_id = ").Append(WriterSupport.OneLine(document.Metadata.Id)).Append('-').Append(number).Append('\n');
        var view = new TextSpan(document, sentence.FirstToken, sentence.EndToken);
        sb.Append("# text = ").Append(WriterSupport.OneLine(view.Text)).Append('\n');
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            WriteToken(document, sentence, t, sb);
        sb.Append('\n');
    }

    private static void WriteToken(Document document, in SentenceData sentence, int index, StringBuilder sb)
    {
        ref readonly var token = ref document.Tokens[index];
        var layers = document.Annotations;
        var tags = layers.HasFlag(Annotations.Tags);
        var deps = layers.HasFlag(Annotations.Dependencies);
        sb.Append(index - sentence.FirstToken + 1).Append('\t');
        Field(sb, document.Slice(token.Start, token.End)).Append('\t');
        Field(sb, layers.HasFlag(Annotations.Lemmas) ? document.Strings[token.Lemma] : "").Append('\t');
        sb.Append(tags && token.Upos != Upos.None ? token.Upos.ToString() : "_").Append('\t');
        Field(sb, tags ? document.Strings[token.Xpos] : "").Append('\t');
        Field(sb, layers.HasFlag(Annotations.Features) ? document.Strings[token.Feats] : "").Append('\t');
        if (deps)
            sb.Append(WriterSupport.HeadInSentence(token, sentence));
        else
            sb.Append('_');
        sb.Append('\t');
        Field(sb, deps ? document.Strings[token.DepRel] : "").Append('\t');
        sb.Append('_').Append('\t');
        Misc(document, index, sb).Append('\n');
    }

    private static StringBuilder Misc(Document document, int index, StringBuilder sb)
    {
        ref readonly var token = ref document.Tokens[index];
        var mark = sb.Length;
        if (document.Annotations.HasFlag(Annotations.Entities))
            sb.Append("NER=").Append(token.Entity.ToString());
        var after = document.Text.AsSpan(token.End, token.SpaceAfter);
        if (after.Length == 0)
            Separate(sb, mark).Append("SpaceAfter=No");
        else if (after is not " ")
            Separate(sb, mark).Append("SpacesAfter=").Append(WriterSupport.EscapeSpaces(after));
        if (index == 0 && document.LeadingWhitespace.Length > 0)
            Separate(sb, mark).Append("SpacesBefore=").Append(WriterSupport.EscapeSpaces(document.LeadingWhitespace));
        return sb.Length == mark ? sb.Append('_') : sb;
    }

    private static StringBuilder Separate(StringBuilder sb, int mark) => sb.Length > mark ? sb.Append('|') : sb;

    /// <summary>Appends a column value: <c>_</c> when empty, tabs and line breaks replaced by spaces.</summary>
    private static StringBuilder Field(StringBuilder sb, ReadOnlySpan<char> value)
    {
        if (value.Length == 0)
            return sb.Append('_');
        if (value.IndexOfAny(WriterSupport.Breaks) < 0)
            return sb.Append(value);
        return sb.Append(WriterSupport.OneLine(value.ToString()));
    }
}
