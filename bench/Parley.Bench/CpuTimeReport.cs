using System.Globalization;

namespace Parley.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Parley.Bench -- cpu [REPEATS]</c>: the <see cref="PipelineBenchmarks"/>
/// operations timed by process CPU time (all threads, so GC work is included) besides wall time, for a machine
/// shared with other jobs, where the wall clock mostly measures waiting for a core. Prints a markdown table.
/// </summary>
public static class CpuTimeReport
{
    /// <summary>Warms up, then times each operation <paramref name="repeats"/> times and prints the best.</summary>
    public static void Run(int repeats)
    {
        var bench = new PipelineBenchmarks();
        (string Name, Func<int> Op)[] ops =
        [
            ("Pipeline_Sample", bench.Pipeline_Sample), ("Pipeline_Pud", bench.Pipeline_Pud),
            ("TokenizeSplit_Pud", bench.TokenizeSplit_Pud), ("Syntax_Pud", bench.Syntax_Pud),
            ("Actors_Pud", bench.Actors_Pud), ("Places_Pud", bench.Places_Pud), ("Quotes_Pud", bench.Quotes_Pud),
            ("Frames_Pud", bench.Frames_Pud), ("Coder_Pud", bench.Coder_Pud),
        ];
        var sentences = PipelineBenchmarks.Sizes;
        Console.WriteLine("| Operation | best CPU ms | best wall ms | sent/s (CPU) | ktok/s (CPU) | GC pause ms/run | gen0 GCs/run | KB allocated/run |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        // Warm every operation until the JIT has finished tiering up (tier-1 code after 30 calls and a short delay).
        for (var round = 0; round < 3; round++)
        {
            foreach (var (_, op) in ops)
                op();
            Thread.Sleep(200);
        }
        foreach (var (name, op) in ops)
        {
            var (pause, gen0, bytes) = (GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.GetAllocatedBytesForCurrentThread());
            var (cpu, wall) = CpuTimer.BestOf(repeats, () => op());
            // Pauses and collections do not depend on the machine's load: they follow from what the operation allocates.
            var pauseMs = (GC.GetTotalPauseDuration() - pause).TotalMilliseconds / repeats;
            var (collections, kb) = ((GC.CollectionCount(0) - gen0) / (double)repeats, (GC.GetAllocatedBytesForCurrentThread() - bytes) / 1024.0 / repeats);
            var (sent, tok) = sentences(name);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {cpu:F1} | {wall:F1} | {sent / cpu * 1000:N0} | {tok / cpu:N1} | {pauseMs:F1} | {collections:F1} | {kb:N0} |"));
        }
        StageProfile.Run(PipelineBenchmarks.Engine, "Sample article", [NewsCorpus.Sample], repeats);
        StageProfile.Run(PipelineBenchmarks.Engine, "PUD (397 documents)", NewsCorpus.Pud, repeats);
        // Long documents (the sample repeated 8 and 48 times): per-token costs that grow with document length show here.
        foreach (var times in (int[])[8, 48])
            StageProfile.Run(PipelineBenchmarks.Engine, $"Sample article x{times} as one document", [string.Join("\n\n", Enumerable.Repeat(NewsCorpus.Sample, times))], repeats);
    }
}
