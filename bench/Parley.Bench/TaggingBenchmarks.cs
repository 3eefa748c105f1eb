using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Parley.Diagnostics;
using Parley.Documents;
using Parley.Tagging;
using Parley.Tokenization;

namespace Parley.Bench;

/// <summary>
/// The shipped tagger, lemmatizer and named-entity recognizer on the sample article repeated to about 100,000
/// characters (tokenized and split once, in setup). Throughput columns are in tokens per second.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[Config(typeof(Config))]
public class TaggingBenchmarks
{
    private static readonly Document Input = MakeInput();
    private readonly TaggingModels _models = LoadModels();

    // In-process: on the shared build machine the generated project's build can exceed BenchmarkDotNet's timeout.
    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(15));
            AddColumn(new TokenThroughputColumn(Input.TokenCount), new TokenThroughputColumn(Input.TokenCount, fromMinimum: true));
        }
    }

    private static Document MakeInput()
    {
        var doc = new Document(BenchTexts.NewsMegabyte[..100_000], new DocumentMetadata("bench"));
        TokenizationPipeline.Default.Process(doc);
        return doc;
    }

    private static TaggingModels LoadModels()
    {
        var diagnostics = new List<Diagnostic>();
        return TaggingModels.Load(Path.Combine(BenchTexts.RepoRoot, "models"), diagnostics)
            ?? throw new InvalidOperationException(string.Join("; ", diagnostics));
    }

    /// <summary>Tags the input once so that the recognizer benchmark sees tags.</summary>
    [GlobalSetup]
    public void Setup() => _models.Tagger.Process(Input);

    /// <summary>Part-of-speech tagging with features.</summary>
    [Benchmark(Baseline = true)]
    public int Tag()
    {
        _models.Tagger.Process(Input);
        return Input.TokenCount;
    }

    /// <summary>Lemmatization of tagged tokens.</summary>
    [Benchmark]
    public int Lemmatize()
    {
        _models.Lemmatizer.Process(Input);
        return Input.TokenCount;
    }

    /// <summary>Named entities on tagged tokens.</summary>
    [Benchmark]
    public int Entities()
    {
        _models.Entities.Process(Input);
        return Input.TokenCount;
    }

    /// <summary>Tagging, lemmatization and named entities together.</summary>
    [Benchmark]
    public int TagLemmatizeEntities()
    {
        _models.Tagger.Process(Input);
        _models.Lemmatizer.Process(Input);
        _models.Entities.Process(Input);
        return Input.TokenCount;
    }
}
