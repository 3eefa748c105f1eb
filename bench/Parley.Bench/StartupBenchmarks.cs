using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Parley.Engine;

namespace Parley.Bench;

/// <summary>
/// Start-up: loading the whole engine (tagger, lemmatizer, parser and NER models, and every data file: actors,
/// patterns, gazetteer, catalogs, date lexicon, quotes, rules) with a warm JIT, as a long-running host would pay
/// it once. Whole-process start-up (JIT included) is measured outside BenchmarkDotNet; see bench/README.md.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[Config(typeof(Config))]
public class StartupBenchmarks
{
    private sealed class Config : ManualConfig
    {
        public Config() =>
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(1).WithIterationCount(5));
    }

    /// <summary>EngineLoader.Load with the repository's models and data.</summary>
    [Benchmark]
    public ParleyEngine LoadEngine() => NewsCorpus.LoadEngine();
}
