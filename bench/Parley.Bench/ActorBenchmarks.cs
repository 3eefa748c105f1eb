using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Parley.Actors;
using Parley.Documents;
using Parley.Tokenization;

namespace Parley.Bench;

/// <summary>
/// The actor mention matcher with the built-in dictionaries (repository <c>data/actors</c>) on the sample article
/// repeated to about 100,000 characters (tokenized and split once, in setup), against tokenizing and splitting the
/// same text; and the document-level coreference pass on the same text run once through the whole engine (tags,
/// parse, mentions, places and quotations in setup). Throughput columns are in tokens per second.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
[Config(typeof(Config))]
public class ActorBenchmarks
{
    private static readonly string Text = BenchTexts.NewsMegabyte[..100_000];
    private static readonly Document Input = MakeInput();
    private readonly ActorMatcherStage _stage = new(ActorData.Load(dataRoot: Path.Combine(BenchTexts.RepoRoot, "data")).Dictionary);
    private static readonly Document Analysed = MakeAnalysed();
    private static readonly ActorReferenceStage References = new(PipelineBenchmarks.Engine.Knowledge.Rules.Coreference, PipelineBenchmarks.Engine.Knowledge.Actors);

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new TokenThroughputColumn(Input.TokenCount), new TokenThroughputColumn(Input.TokenCount, fromMinimum: true));
    }

    private static Document MakeInput()
    {
        var doc = new Document(Text, new DocumentMetadata("bench", new DateOnly(2018, 7, 20)));
        TokenizationPipeline.Default.Process(doc);
        return doc;
    }

    private static Document MakeAnalysed()
    {
        var doc = new Document(Text, new DocumentMetadata("bench", new DateOnly(2018, 7, 20)));
        PipelineBenchmarks.Engine.Process(doc);
        return doc;
    }

    /// <summary>Tokenizing and splitting the same text, for scale.</summary>
    [Benchmark(Baseline = true)]
    public int TokenizeAndSplit()
    {
        var doc = new Document(Text, new DocumentMetadata("bench"));
        TokenizationPipeline.Default.Process(doc);
        return doc.TokenCount;
    }

    /// <summary>Finding and coding every actor mention of the tokenized input.</summary>
    [Benchmark]
    public int MatchActors()
    {
        _stage.Process(Input);
        return Input.GetLayer<ActorMentions>()!.Items.Count;
    }

    /// <summary>Resolving every coreferent mention (surnames, titles, pronouns, state descriptions) of the analysed input.</summary>
    [Benchmark]
    public int ResolveReferences()
    {
        References.Process(Analysed);
        return Analysed.GetLayer<ActorReferences>()!.Items.Count;
    }

    /// <summary>Loading and validating all built-in actor data files.</summary>
    [Benchmark]
    public int LoadDictionary() =>
        ActorData.Load(dataRoot: Path.Combine(BenchTexts.RepoRoot, "data")).Dictionary.PhraseCount;
}
