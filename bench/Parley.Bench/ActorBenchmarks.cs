using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Parley.Actors;
using Parley.Documents;
using Parley.Tokenization;

namespace Parley.Bench;

/// <summary>
/// The actor mention matcher with the built-in dictionaries (repository <c>data/actors</c>) on the sample article
/// repeated to about 100,000 characters (tokenized and split once, in setup), against tokenizing and splitting the
/// same text. Throughput columns are in tokens per second.
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

    /// <summary>Loading and validating all built-in actor data files.</summary>
    [Benchmark]
    public int LoadDictionary() =>
        ActorData.Load(dataRoot: Path.Combine(BenchTexts.RepoRoot, "data")).Dictionary.PhraseCount;
}
