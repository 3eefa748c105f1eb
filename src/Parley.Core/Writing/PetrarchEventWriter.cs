using System.Globalization;
using Parley.Documents;
using Parley.Events;

namespace Parley.Writing;

/// <summary>
/// Writes coded events as PETRARCH-2 event lines, tab-separated, one event per line: story date (YYYYMMDD, the
/// publication date; empty when unknown), source code, target code, CAMEO code, sentence id (<c>DOCID-N</c>, N
/// counting sentences from 1), source text, target text, event text (the predicate word). Missing codes are
/// empty; tabs and line breaks inside texts become spaces. PETRARCH's optional issue and URL columns are not written.
/// </summary>
public sealed class PetrarchEventWriter : IDocumentWriter
{
    /// <inheritdoc />
    public void Write(Document document, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var date = document.Metadata.PublicationDate?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "";
        foreach (var e in document.GetLayer<CodedEvents>()?.Items ?? [])
        {
            var predicate = e.Spans.FirstOrDefault(s => s.Role == "predicate");
            string[] fields =
            [
                date, e.Source?.Code ?? "", e.Target?.Code ?? "", e.Cameo,
                string.Create(CultureInfo.InvariantCulture, $"{e.DocId}-{e.Sentence + 1}"),
                e.Source?.Text ?? "", e.Target?.Text ?? "", predicate is null ? "" : document.Text[predicate.Start..predicate.End],
            ];
            output.Write(string.Join('\t', fields.Select(Clean)));
            output.Write('\n');
        }
    }

    private static string Clean(string value) =>
        value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
