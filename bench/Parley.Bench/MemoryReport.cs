using System.Diagnostics;
using System.Globalization;
using Parley.Diagnostics;
using Parley.Engine;

namespace Parley.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Parley.Bench -- mem</c>: the managed memory the loaded engine keeps
/// (live heap after a full collection), split into the syntax models and the knowledge (data files), and the
/// process's peak working set, which also counts the garbage made while loading.
/// </summary>
public static class MemoryReport
{
    /// <summary>Loads the models, then the knowledge, printing the live heap after each.</summary>
    public static void Run()
    {
        var diagnostics = new List<Diagnostic>();
        var before = Live();
        var syntax = EngineLoader.LoadSyntax(Path.Combine(BenchTexts.RepoRoot, "models"), diagnostics);
        var afterModels = Live();
        var knowledge = EventKnowledge.Load(new EngineOptions { DataRoot = Path.Combine(BenchTexts.RepoRoot, "data") }, diagnostics);
        var afterKnowledge = Live();
        if (syntax is null || knowledge is null)
            throw new InvalidOperationException(string.Join("; ", diagnostics));
        using var process = Process.GetCurrentProcess();
        Console.WriteLine("| Measure | MiB |");
        Console.WriteLine("|---|---:|");
        Row("live heap held by the syntax models (tagger, lemmatizer, parser, NER)", afterModels - before);
        Row("live heap held by the knowledge (data/)", afterKnowledge - afterModels);
        Row("live heap, whole engine", afterKnowledge - before);
        Row("working set now", process.WorkingSet64);
        Row("peak working set (load garbage included)", process.PeakWorkingSet64);
        GC.KeepAlive(syntax);
        GC.KeepAlive(knowledge);
    }

    private static long Live()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static void Row(string name, long bytes) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {bytes / 1048576.0:F1} |"));
}
