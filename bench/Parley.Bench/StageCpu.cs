using System.Diagnostics;
using System.Globalization;
using Parley.Documents;

namespace Parley.Bench;

/// <summary>
/// <c>-- stage NAME [COPIES [SECONDS]]</c>: one pipeline stage by process CPU time on the sample article repeated
/// COPIES times as one document (a targeted benchmark for costs that grow with a document's length; also a loop to
/// run under a sampling profiler). Each round prepares ten new documents up to the stage, then times the stage on
/// them; prints the best round's CPU milliseconds per document.
/// </summary>
public static class StageCpu
{
    private const int DocumentsPerRound = 10;

    /// <summary>Runs rounds for at least <paramref name="seconds"/> seconds (and at least five), then prints the best.</summary>
    public static void Run(string stage, int copies, double seconds)
    {
        var engine = PipelineBenchmarks.Engine;
        var text = string.Join("\n\n", Enumerable.Repeat(NewsCorpus.Sample, copies));
        var stages = engine.FromText.Stages;
        var target = stages.FirstOrDefault(s => s.Name == stage)
            ?? throw new ArgumentException($"no stage '{stage}'; stages: {string.Join(", ", stages.Select(s => s.Name))}", nameof(stage));
        var (best, rounds, watch) = (double.MaxValue, 0, Stopwatch.StartNew());
        while (watch.Elapsed.TotalSeconds < seconds || rounds < 5)
        {
            var docs = Enumerable.Range(0, DocumentsPerRound).Select(i => NewsCorpus.NewDocument(text, i)).ToArray();
            foreach (var doc in docs)
                foreach (var s in stages.TakeWhile(s => s != target))
                {
                    s.Process(doc);
                    doc.MarkAnnotated(s.Assigns);
                }
            GC.Collect();
            var (cpu, _) = CpuTimer.BestOf(1, () =>
            {
                foreach (var doc in docs)
                    target.Process(doc);
            });
            // The first two rounds run while the JIT is still tiering up.
            if (rounds >= 2)
                best = Math.Min(best, cpu / DocumentsPerRound);
            rounds++;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{stage} on the sample x{copies} as one document: best {best:F2} CPU ms per document ({best / copies:F3} per copy), {rounds} rounds of {DocumentsPerRound}"));
    }
}
