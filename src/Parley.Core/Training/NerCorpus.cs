using Parley.Diagnostics;
using Parley.Documents;
using Parley.Pipeline;
using Parley.Reading.Conllu;

namespace Parley.Training;

/// <summary>
/// Named-entity training and evaluation data: documents whose tokens carry gold IOB2 entity tags, read from
/// column files (UNER <c>.iob2</c>: id, word, tag; CoNLL-style <c>word … tag</c> with tab or space, IO or BIO)
/// or CoNLL-U (<c>NER=</c> in MISC, or GUM's <c>Entity=</c> mention layer, see <see cref="GumEntities"/>).
/// Source labels are mapped to Parley's types by a <see cref="NerTypeMap"/>.
/// The documents are then tagged by the caller's tagger, so that features see predicted tags.
/// </summary>
public static class NerCorpus
{
    /// <summary>Sentences per document built from a column file.</summary>
    private const int SentencesPerDocument = 50;

    /// <summary>Reads one file by its extension; unknown extensions and bad lines are reported.</summary>
    public static List<Document> Read(string path, NerTypeMap map, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(map);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            diagnostics.Add(Diagnostic.Create(Messages.InputNotFound, new Location(path)));
            return [];
        }
        if (Directory.Exists(path))
            return [.. Directory.GetFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).SelectMany(f => Read(f, map, diagnostics))];
        var conllu = path.EndsWith(".conllu", StringComparison.Ordinal) || path.EndsWith(".conllu.gz", StringComparison.Ordinal);
        if (conllu && !GumEntities.HasEntityLayer(path))
            return [.. ConlluReader.ReadFile(path, diagnostics)];
        var sentences = conllu ? GumEntities.Read(path, map, diagnostics) : IobColumns.Read(path, map, diagnostics);
        return [.. sentences.Chunk(SentencesPerDocument).Select((c, i) => IobColumns.ToDocument($"{Path.GetFileName(path)}#{i}", c))];
    }

    /// <summary>Runs <paramref name="tagger"/> on every document, replacing gold tags by predicted ones.</summary>
    public static void Tag(IEnumerable<Document> documents, IPipelineStage tagger)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(tagger);
        foreach (var doc in documents)
            tagger.Process(doc);
    }
}
