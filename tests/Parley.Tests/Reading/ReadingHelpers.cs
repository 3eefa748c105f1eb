using System.Text;
using Parley.Diagnostics;
using Parley.Documents;
using Parley.Reading;

namespace Parley.Tests.Reading;

internal static class ReadingHelpers
{
    public static List<SourceItem> ReadAll(ReadOptions options, params string[] inputs) =>
        new DocumentSource(options, () => Stream.Null).Read(inputs).ToList();

    public static List<SourceItem> ReadStdin(ReadOptions options, string stdin, params string[] inputs) =>
        new DocumentSource(options, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin))).Read(inputs).ToList();

    public static List<Document> Documents(this IEnumerable<SourceItem> items) =>
        items.Where(i => i.Document is not null).Select(i => i.Document!).ToList();

    public static List<Diagnostic> Diagnostics(this IEnumerable<SourceItem> items) =>
        items.Where(i => i.Diagnostic is not null).Select(i => i.Diagnostic!).ToList();
}
