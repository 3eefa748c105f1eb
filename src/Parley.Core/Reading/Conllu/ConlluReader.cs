using System.IO.Compression;
using System.Text;
using Parley.Diagnostics;
using Parley.Documents;

namespace Parley.Reading.Conllu;

/// <summary>
/// Reads CoNLL-U (plain or .gz) into documents whose tokens are the file's syntactic words, with the gold
/// columns (UPOS, XPOS, lemma, features, head, relation, and <c>NER=</c> from MISC) filled in. A document is
/// started at each <c># newdoc</c> (or at the start of the file); its text is the words joined by their
/// <c>SpaceAfter</c>, sentences by a space and paragraphs (<c># newpar</c>) by a blank line. Multiword-token
/// ranges and empty nodes are skipped. Malformed sentences are reported and skipped.
/// </summary>
public static class ConlluReader
{
    /// <summary>Reads a file, choosing gzip by the <c>.gz</c> extension.</summary>
    public static IEnumerable<Document> ReadFile(string path, ICollection<Diagnostic> diagnostics, DateOnly? date = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        using var input = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(stream, CompressionMode.Decompress) : (Stream)stream;
        using var reader = new StreamReader(input, new UTF8Encoding(false, true));
        foreach (var doc in Read(reader, path, diagnostics, date))
            yield return doc;
    }

    /// <summary>Reads CoNLL-U text; <paramref name="name"/> names the source in ids and diagnostics.</summary>
    public static IEnumerable<Document> Read(TextReader reader, string name, ICollection<Diagnostic> diagnostics, DateOnly? date = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var builder = new ConlluDocumentBuilder(name, date);
        foreach (var block in ConlluBlocks.Read(reader, name, diagnostics))
        {
            if (block.NewDoc is not null && !builder.IsEmpty)
            {
                yield return builder.Build();
                builder = new ConlluDocumentBuilder(name, date);
            }
            builder.Add(block);
        }
        if (!builder.IsEmpty)
            yield return builder.Build();
    }
}
