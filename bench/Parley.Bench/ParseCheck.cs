using System.Diagnostics;
using System.Globalization;
using System.IO.Hashing;
using Parley.Diagnostics;
using Parley.Documents;
using Parley.Parsing;
using Parley.Reading.Conllu;
using Parley.Training;

namespace Parley.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Parley.Bench -- parse [REPEATS]</c>: parses EWT dev (gold words and
/// tags) with the shipped parser, prints the best process-CPU and wall time and a 64-bit digest of every head and
/// relation. A change that claims not to alter predictions must leave the digest unchanged.
/// </summary>
public static class ParseCheck
{
    /// <summary>Warms up, then parses EWT dev <paramref name="repeats"/> times and prints speed and digest.</summary>
    public static void Run(int repeats)
    {
        var docs = ConlluReader.ReadFile(
                Path.Combine(BenchTexts.RepoRoot, "..", "shared", "data", "ud-english-ewt", "en_ewt-ud-dev.conllu.gz"), new List<Diagnostic>())
            .Select(TreebankCopy.WithGoldTags).ToList();
        var parser = DependencyParser.Load(Path.Combine(BenchTexts.RepoRoot, "models", "parser", DependencyParser.DefaultFileName), out _)
            ?? throw new InvalidOperationException("parser model missing");
        var words = docs.Sum(d => d.TokenCount);
        for (var round = 0; round < 3; round++)
        {
            ParseAll(parser, docs);
            Thread.Sleep(200);
        }
        var (cpu, wall) = (double.MaxValue, double.MaxValue);
        for (var i = 0; i < repeats; i++)
        {
            var process = Process.GetCurrentProcess();
            var cpu0 = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            ParseAll(parser, docs);
            wall = Math.Min(wall, watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu = Math.Min(cpu, (process.TotalProcessorTime - cpu0).TotalMilliseconds);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"EWT dev {words} words: best CPU {cpu:F1} ms ({words / cpu:N1} kwords/s), best wall {wall:F1} ms ({words / wall:N1} kwords/s), digest {Digest(docs):x16}"));
    }

    private static void ParseAll(DependencyParser parser, List<Document> docs)
    {
        foreach (var doc in docs)
            parser.Process(doc);
    }

    private static ulong Digest(List<Document> docs)
    {
        var hash = new XxHash64();
        Span<byte> buffer = stackalloc byte[4];
        foreach (var doc in docs)
        {
            foreach (var t in doc.Tokens)
            {
                BitConverter.TryWriteBytes(buffer, t.Head);
                hash.Append(buffer);
                hash.Append(System.Text.Encoding.UTF8.GetBytes(doc.Strings[t.DepRel]));
            }
        }
        return hash.GetCurrentHashAsUInt64();
    }
}
