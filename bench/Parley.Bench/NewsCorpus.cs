using System.IO.Compression;
using System.Text;
using Parley.Diagnostics;
using Parley.Documents;
using Parley.Engine;

namespace Parley.Bench;

/// <summary>
/// Inputs for the whole-pipeline benchmarks: the loaded engine, the sample article, and a news-like corpus made of
/// the <c># text</c> lines of UD English PUD (news and wiki, 1,000 sentences, one document per <c># newdoc</c>).
/// </summary>
public static class NewsCorpus
{
    /// <summary>Where the PUD treebank is read from; override with <c>PARLEY_BENCH_PUD</c> (a .conllu or .conllu.gz).</summary>
    public static string PudPath { get; } = Environment.GetEnvironmentVariable("PARLEY_BENCH_PUD") is { Length: > 0 } p
        ? p : "/work/shared/data/ud-english-pud/en_pud-ud-test.conllu.gz";

    /// <summary>The publication date used for every benchmark document (the sample article's date).</summary>
    public static DateOnly Date { get; } = new(2018, 7, 19);

    /// <summary>The shipped sample article.</summary>
    public static string Sample { get; } = File.ReadAllText(Path.Combine(BenchTexts.RepoRoot, "samples", "putin-trump-north-korea.txt"));

    /// <summary>The PUD documents' texts (sentences joined by spaces), empty when the treebank is absent.</summary>
    public static IReadOnlyList<string> Pud { get; } = File.Exists(PudPath) ? ReadPud(PudPath) : [];

    /// <summary>Loads the engine from the repository's <c>data/</c> and <c>models/</c>.</summary>
    public static ParleyEngine LoadEngine()
    {
        var diagnostics = new List<Diagnostic>();
        return EngineLoader.Load(new EngineOptions { DataRoot = Path.Combine(BenchTexts.RepoRoot, "data") },
                Path.Combine(BenchTexts.RepoRoot, "models"), diagnostics)
            ?? throw new InvalidOperationException(string.Join("; ", diagnostics));
    }

    /// <summary>A new, unannotated document.</summary>
    public static Document NewDocument(string text, int index) =>
        new(text, new DocumentMetadata("bench-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture), Date));

    private static List<string> ReadPud(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var docs = new List<string>();
        var current = new StringBuilder();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.StartsWith("# newdoc", StringComparison.Ordinal) && current.Length > 0)
            {
                docs.Add(current.ToString());
                current.Clear();
            }
            else if (line.StartsWith("# text = ", StringComparison.Ordinal))
            {
                current.Append(current.Length > 0 ? " " : "").Append(line.AsSpan(9));
            }
        }
        if (current.Length > 0)
            docs.Add(current.ToString());
        return docs;
    }
}
