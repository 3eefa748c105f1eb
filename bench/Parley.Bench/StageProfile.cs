using System.Diagnostics;
using System.Globalization;
using Parley.Documents;
using Parley.Engine;

namespace Parley.Bench;

/// <summary>
/// Where the whole pipeline's time goes: runs every stage of <see cref="ParleyEngine.FromText"/> in order on new
/// documents, timing each stage with a stopwatch (best of several passes over the same texts), and prints a
/// markdown table with each stage's share.
/// </summary>
public static class StageProfile
{
    /// <summary>Profiles the stages on <paramref name="texts"/>, printing the table under <paramref name="title"/>.</summary>
    public static void Run(ParleyEngine engine, string title, IReadOnlyList<string> texts, int repeats)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(texts);
        var stages = engine.FromText.Stages;
        var best = Enumerable.Repeat(double.MaxValue, stages.Count).ToArray();
        var allocated = new long[stages.Count];
        for (var pass = 0; pass < repeats + 2; pass++)
        {
            var times = new double[stages.Count];
            var bytes = new long[stages.Count];
            for (var i = 0; i < texts.Count; i++)
            {
                var doc = NewsCorpus.NewDocument(texts[i], i);
                for (var s = 0; s < stages.Count; s++)
                {
                    var before = GC.GetAllocatedBytesForCurrentThread();
                    var start = Stopwatch.GetTimestamp();
                    stages[s].Process(doc);
                    doc.MarkAnnotated(stages[s].Assigns);
                    times[s] += Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    bytes[s] += GC.GetAllocatedBytesForCurrentThread() - before;
                }
            }
            if (pass >= 2)
                best = best.Zip(times, Math.Min).ToArray();
            allocated = bytes;
        }
        var total = best.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\n{title}: stage times inside the whole pipeline (best of {repeats} passes, wall ms; KB allocated in one pass)\n"));
        Console.WriteLine("| Stage | ms | share | KB allocated |");
        Console.WriteLine("|---|---:|---:|---:|");
        for (var s = 0; s < stages.Count; s++)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {stages[s].Name} | {best[s]:F1} | {best[s] / total:P1} | {allocated[s] / 1024.0:N0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| total | {total:F1} | 100% | {allocated.Sum() / 1024.0:N0} |"));
    }
}
