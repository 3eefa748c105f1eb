using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Parley.Diagnostics;
using Parley.Documents;
using Parley.Parsing;
using Parley.Reading.Conllu;
using Parley.Tagging;
using Parley.Training;

namespace Parley.Bench;

/// <summary>
/// The dependency parser on the gold words and tags of UD English EWT dev (25,147 words), one core, alone and
/// with the tagger, lemmatizer and named-entity stages. The models are the shipped <c>models/</c> files; the
/// treebank is read from <c>../shared/data</c>.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
[Config(typeof(Config))]
public class ParsingBenchmarks
{
    private static readonly Lazy<List<Document>> Treebank = new(() =>
    [
        .. ConlluReader.ReadFile(Path.Combine(BenchTexts.RepoRoot, "..", "shared", "data", "ud-english-ewt", "en_ewt-ud-dev.conllu.gz"), new List<Diagnostic>())
            .Select(TreebankCopy.WithGoldTags),
    ]);

    private readonly DependencyParser _parser = DependencyParser.Load(
        Path.Combine(BenchTexts.RepoRoot, "models", "parser", DependencyParser.DefaultFileName), out _)
        ?? throw new InvalidOperationException("parser model missing");

    private readonly List<Document> _docs = Treebank.Value;

    private readonly TaggingModels _tagging = TaggingModels.Load(Path.Combine(BenchTexts.RepoRoot, "models"), new List<Diagnostic>())
        ?? throw new InvalidOperationException("tagging models missing");

    /// <summary>Words in the benchmark input.</summary>
    public static int Words => Treebank.Value.Sum(d => d.TokenCount);

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new WordRateColumn(Words), new WordRateColumn(Words, fromMinimum: true));
            // The shared build machine is busy; the default two minutes are not always enough to build the job.
            WithBuildTimeout(TimeSpan.FromMinutes(10));
        }
    }

    /// <summary>Parses every sentence of EWT dev.</summary>
    [Benchmark]
    public int Parse()
    {
        foreach (var doc in _docs)
            _parser.Process(doc);
        return _docs[0].Tokens[0].Head;
    }

    /// <summary>Tagger, lemmatizer, parser and named entities over every sentence of EWT dev (the tags are predicted anew).</summary>
    [Benchmark]
    public int TagLemmatizeParseEntities()
    {
        foreach (var doc in _docs)
        {
            _tagging.Tagger.Process(doc);
            _tagging.Lemmatizer.Process(doc);
            _parser.Process(doc);
            _tagging.Entities.Process(doc);
        }
        return _docs[0].Tokens[0].Head;
    }

    /// <summary>Loads the model file.</summary>
    [Benchmark]
    public int LoadModel() =>
        DependencyParser.Load(Path.Combine(BenchTexts.RepoRoot, "models", "parser", DependencyParser.DefaultFileName), out _)!.LabelCount;
}
