using BenchmarkDotNet.Attributes;
using Parley.Ontology;
using Parley.Patterns;

namespace Parley.Bench;

/// <summary>
/// The verb-pattern dictionary: loading the shipped files (start-up cost) and choosing a pattern for a fixed
/// mix of news frames (the per-predicate cost of coding).
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class PatternBenchmarks
{
    private static readonly string PatternsDir = Path.Combine(BenchTexts.RepoRoot, "data", "patterns");
    private CameoCatalog _cameo = null!;
    private PatternDictionary _dictionary = null!;
    private Frame[] _frames = [];

    /// <summary>Loads the catalog and dictionary once and builds the frames.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _cameo = CameoCatalog.Load(Path.Combine(BenchTexts.RepoRoot, "data", "cameo", "event-codes.tsv")).Value!;
        _dictionary = PatternDictionary.Load([PatternsDir], _cameo).Value!;
        _frames =
        [
            new Frame("threaten") { Object = new FrameArgument("iran"), Xcomp = new Frame("impose") { Object = new FrameArgument("sanction") } },
            new Frame("meet") { Prepositions = [new PrepositionalArgument("with", new FrameArgument("kim"))] },
            new Frame("say"),
            new Frame("urge") { Object = new FrameArgument("iran"), Xcomp = new Frame("release") { Object = new FrameArgument("sailor") } },
            new Frame("attack") { Object = new FrameArgument("base") },
            new Frame("visit") { IsNoun = true, Prepositions = [new PrepositionalArgument("to", new FrameArgument("beijing"))] },
            new Frame("sanction") { IsNoun = true, Prepositions = [new PrepositionalArgument("on", new FrameArgument("russia"))] },
            new Frame("agree") { Xcomp = new Frame("provide") { Object = new FrameArgument("aid") { Modifiers = ["humanitarian"] } } },
        ];
    }

    /// <summary>Reads, validates and indexes every shipped pattern file.</summary>
    [Benchmark]
    public int LoadDictionary() => PatternDictionary.Load([PatternsDir], _cameo).Value!.Count;

    /// <summary>Best pattern for each of the eight frames (the coding path, no explanations).</summary>
    [Benchmark(OperationsPerInvoke = 8)]
    public int FindBest()
    {
        var n = 0;
        foreach (var frame in _frames)
            n += _dictionary.FindBest(frame)?.Specificity ?? 0;
        return n;
    }

    /// <summary>Best pattern plus the reasons for every rejected candidate (the explain path).</summary>
    [Benchmark(OperationsPerInvoke = 8)]
    public int MatchWithReasons()
    {
        var n = 0;
        foreach (var frame in _frames)
            n += _dictionary.Match(frame).Rejected.Length;
        return n;
    }
}
