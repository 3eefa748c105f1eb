using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Parley.Documents;
using Parley.Engine;
using Parley.Pipeline;
using Parley.Tokenization;

namespace Parley.Bench;

/// <summary>
/// The whole engine (tokenize → split → tag → lemmatize → parse → NER → actors → places → quotes → frames →
/// events) on news text: the sample article, and the 397 documents / 1,000 sentences of UD English PUD. Then each
/// part alone on the PUD documents — tokenize+split on raw text, the syntax stages on tokenized documents, and each
/// coding stage on documents already through the whole pipeline — so the bottleneck is visible.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[Config(typeof(Config))]
public class PipelineBenchmarks
{
    /// <summary>The engine shared by the benchmarks.</summary>
    public static ParleyEngine Engine { get; } = NewsCorpus.LoadEngine();
    private static readonly Document[] Tokenized = Prepare(d => TokenizationPipeline.Default.Process(d));
    private static readonly Document[] Parsed = Prepare(Engine.Process);
    private static readonly int SampleSentences = Count(NewsCorpus.Sample, d => d.SentenceCount);
    private static readonly int SampleTokens = Count(NewsCorpus.Sample, d => d.TokenCount);
    private static readonly int PudSentences = Tokenized.Sum(d => d.SentenceCount);
    private static readonly int PudTokens = Tokenized.Sum(d => d.TokenCount);
    private static readonly int PudChars = NewsCorpus.Pud.Sum(t => t.Length);

    // In-process: on the shared machine the generated project's build can exceed BenchmarkDotNet's timeout.
    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(2).WithIterationCount(5));
            string[] pud = [nameof(Pipeline_Pud), nameof(TokenizeSplit_Pud), nameof(Syntax_Pud), nameof(Actors_Pud),
                nameof(Places_Pud), nameof(Quotes_Pud), nameof(Frames_Pud), nameof(Coder_Pud)];
            var sentences = pud.ToDictionary(m => m, _ => (double)PudSentences);
            sentences[nameof(Pipeline_Sample)] = SampleSentences;
            var tokens = pud.ToDictionary(m => m, _ => (double)PudTokens);
            tokens[nameof(Pipeline_Sample)] = SampleTokens;
            var docs = pud.ToDictionary(m => m, _ => (double)Tokenized.Length);
            docs[nameof(Pipeline_Sample)] = 1;
            AddColumn(new PerOperationColumn("sent/s (min)", sentences),
                new PerOperationColumn("sent/s (mean)", sentences, fromMinimum: false),
                new PerOperationColumn("ktok/s (min)", tokens, scale: 1000),
                new PerOperationColumn("MB/s (min)", new Dictionary<string, double> { [nameof(TokenizeSplit_Pud)] = PudChars }, scale: 1e6),
                new PerOperationColumn("KB/doc", docs, allocatedPer: true));
        }
    }

    /// <summary>Sentences and tokens per operation of the named benchmark method.</summary>
    public static (int Sentences, int Tokens) Sizes(string method) =>
        method == nameof(Pipeline_Sample) ? (SampleSentences, SampleTokens) : (PudSentences, PudTokens);

    private static Document[] Prepare(Action<Document> process) =>
        NewsCorpus.Pud.Select((text, i) =>
        {
            var doc = NewsCorpus.NewDocument(text, i);
            process(doc);
            return doc;
        }).ToArray();

    private static int Count(string text, Func<Document, int> count)
    {
        var doc = NewsCorpus.NewDocument(text, 0);
        TokenizationPipeline.Default.Process(doc);
        return count(doc);
    }

    private static IPipelineStage Stage(string typeName) =>
        Engine.FromTokens.Stages.First(s => s.GetType().Name == typeName);

    private static int RunStage(Document[] docs, IPipelineStage stage)
    {
        foreach (var doc in docs)
            stage.Process(doc);
        return docs.Length;
    }

    /// <summary>The whole pipeline on the sample article (one document).</summary>
    [Benchmark]
    public int Pipeline_Sample()
    {
        var doc = NewsCorpus.NewDocument(NewsCorpus.Sample, 0);
        Engine.Process(doc);
        return doc.SentenceCount;
    }

    /// <summary>The whole pipeline on every PUD document.</summary>
    [Benchmark(Baseline = true)]
    public int Pipeline_Pud()
    {
        var n = 0;
        for (var i = 0; i < NewsCorpus.Pud.Count; i++)
        {
            var doc = NewsCorpus.NewDocument(NewsCorpus.Pud[i], i);
            Engine.Process(doc);
            n += doc.SentenceCount;
        }
        return n;
    }

    /// <summary>Tokenizing and splitting every PUD document.</summary>
    [Benchmark]
    public int TokenizeSplit_Pud() => Prepare(d => TokenizationPipeline.Default.Process(d)).Length;

    /// <summary>Tagger, lemmatizer, parser and NER on the tokenized PUD documents.</summary>
    [Benchmark]
    public int Syntax_Pud()
    {
        foreach (var stage in Engine.FromTokens.Stages.Take(4))
            RunStage(Tokenized, stage);
        return Tokenized.Length;
    }

    /// <summary>Actor matching alone on fully processed documents.</summary>
    [Benchmark]
    public int Actors_Pud() => RunStage(Parsed, Stage("ActorMatcherStage"));

    /// <summary>Place finding alone on fully processed documents.</summary>
    [Benchmark]
    public int Places_Pud() => RunStage(Parsed, Stage("PlaceFinder"));

    /// <summary>Quote finding alone on fully processed documents.</summary>
    [Benchmark]
    public int Quotes_Pud() => RunStage(Parsed, Stage("QuoteFinder"));

    /// <summary>Frame building alone on fully processed documents.</summary>
    [Benchmark]
    public int Frames_Pud() => RunStage(Parsed, Stage("FrameBuilder"));

    /// <summary>The event coder alone on fully processed documents.</summary>
    [Benchmark]
    public int Coder_Pud() => RunStage(Parsed, Stage("EventCoder"));
}
