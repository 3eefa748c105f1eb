using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Parley.Documents;
using Parley.Pipeline;
using Parley.Segmentation;
using Parley.Tokenization;

namespace Parley.Bench;

/// <summary>Tokenizer and sentence splitter on about 1 MB of news text (the sample article repeated).</summary>
[MemoryDiagnoser]
[MinColumn]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
[Config(typeof(Config))]
public class TokenizationBenchmarks
{
    private readonly string _text = BenchTexts.NewsMegabyte;
    private readonly Tokenizer _tokenizer = Tokenizer.Default;
    private readonly SentenceSplitter _splitter = SentenceSplitter.Default;
    private readonly DocumentPipeline _pipeline = TokenizationPipeline.Default;
    private TokenData[] _tokens = [];

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new ThroughputColumn(BenchTexts.NewsMegabyte.Length), new ThroughputColumn(BenchTexts.NewsMegabyte.Length, fromMinimum: true));
    }

    /// <summary>Prepares the tokens the split-only benchmark reuses.</summary>
    [GlobalSetup]
    public void Setup() => _tokens = _tokenizer.Tokenize(_text);

    /// <summary>Tokenization alone.</summary>
    [Benchmark]
    public int Tokenize() => _tokenizer.Tokenize(_text).Length;

    /// <summary>Sentence splitting of already tokenized text.</summary>
    [Benchmark]
    public int SplitSentences() => _splitter.Split(_text, _tokens).Length;

    /// <summary>The default tokenize + split pipeline on a fresh document.</summary>
    [Benchmark(Baseline = true)]
    public int TokenizeAndSplit()
    {
        var doc = new Document(_text, new DocumentMetadata("bench"));
        _pipeline.Process(doc);
        return doc.SentenceCount;
    }
}
