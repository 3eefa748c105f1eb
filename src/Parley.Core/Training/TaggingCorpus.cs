using Parley.Diagnostics;
using Parley.Documents;
using Parley.Reading.Conllu;
using Parley.Tagging;

namespace Parley.Training;

/// <summary>
/// Gold-tagged sentences for training and evaluating the tagger: documents read from CoNLL-U files, with each
/// word's gold class (<see cref="TagSet.ClassName"/>), normalised form and full FEATS.
/// </summary>
public sealed class TaggingCorpus
{
    private TaggingCorpus(List<Document> documents, List<(Document Doc, SentenceData Sentence)> sentences)
    {
        Documents = documents;
        Sentences = sentences;
    }

    /// <summary>The documents, in file order.</summary>
    public IReadOnlyList<Document> Documents { get; }

    /// <summary>Every sentence with its document.</summary>
    public IReadOnlyList<(Document Doc, SentenceData Sentence)> Sentences { get; }

    /// <summary>Number of words.</summary>
    public int WordCount => Sentences.Sum(s => s.Sentence.TokenCount);

    /// <summary>Reads CoNLL-U files (plain or .gz); malformed sentences are reported and skipped.</summary>
    public static TaggingCorpus Read(IEnumerable<string> paths, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var docs = new List<Document>();
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                diagnostics.Add(Diagnostic.Create(Messages.InputNotFound, new Location(path)));
                continue;
            }
            docs.AddRange(ConlluReader.ReadFile(path, diagnostics));
        }
        return FromDocuments(docs);
    }

    /// <summary>Wraps documents that already carry gold tags.</summary>
    public static TaggingCorpus FromDocuments(IEnumerable<Document> documents)
    {
        var docs = documents.ToList();
        var sentences = docs.SelectMany(d => d.Sentences.ToArray().Select(s => (d, s))).ToList();
        return new TaggingCorpus(docs, sentences);
    }

    /// <summary>The gold class name of a token.</summary>
    public static string ClassOf(Document doc, in TokenData t) =>
        TagSet.ClassName(t.Upos == Upos.None ? Upos.X : t.Upos, doc.Strings[t.Xpos], doc.Strings[t.Feats]);

    /// <summary>The normalised form of a token.</summary>
    public static string NormOf(Document doc, in TokenData t)
    {
        Span<char> buffer = stackalloc char[WordForms.MaxLength];
        return buffer[..WordForms.Normalize(doc.Slice(t.Start, t.End), buffer)].ToString();
    }

    /// <summary>The words of a sentence as strings.</summary>
    public static string[] Words(Document doc, SentenceData s)
    {
        var words = new string[s.TokenCount];
        for (var i = 0; i < words.Length; i++)
            words[i] = doc.Token(s.FirstToken + i).Text;
        return words;
    }
}
