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
/// relation. A change that claims not to alter predictions must leave the digest unchanged. With <c>syntax</c>
/// after the count, it also times tagger, lemmatizer, parser and named entities together on the same words (tags
/// predicted anew) and digests all their output.
/// </summary>
public static class ParseCheck
{
    /// <summary>Warms up, then parses EWT dev <paramref name="repeats"/> times and prints speed and digest.</summary>
    public static void Run(int repeats, bool syntax = false)
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
        var (cpu, wall) = CpuTimer.BestOf(repeats, () => ParseAll(parser, docs));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"parser, EWT dev {words} words: best CPU {cpu:F1} ms ({words / cpu:N1} kwords/s), best wall {wall:F1} ms ({words / wall:N1} kwords/s), digest {Digest(docs):x16}"));
        if (syntax)
            RunSyntax(repeats, docs, parser, words);
    }

    private static void RunSyntax(int repeats, List<Document> docs, DependencyParser parser, int words)
    {
        var tagging = Parley.Tagging.TaggingModels.Load(Path.Combine(BenchTexts.RepoRoot, "models"), new List<Diagnostic>())
            ?? throw new InvalidOperationException("tagging models missing");
        StageSet[] stages =
        [
            new("tagger", [tagging.Tagger]), new("lemmatizer", [tagging.Lemmatizer]), new("NER", [tagging.Entities]),
            new("tagger+lemmatizer+parser+NER", [tagging.Tagger, tagging.Lemmatizer, parser, tagging.Entities]),
        ];
        foreach (var set in stages)
        {
            var (cpu, _) = Time(repeats, () =>
            {
                foreach (var doc in docs)
                    foreach (var stage in set.Stages)
                        stage.Process(doc);
            });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{set.Name}: best CPU {cpu:F1} ms ({words / cpu:N1} kwords/s), digest {Digest(docs):x16}"));
        }
    }

    private sealed record StageSet(string Name, Parley.Pipeline.IPipelineStage[] Stages);

    private static (double Cpu, double Wall) Time(int repeats, Action op)
    {
        for (var round = 0; round < 3; round++)
            op();
        return CpuTimer.BestOf(repeats, op);
    }

    /// <summary>
    /// Writes the shipped parser's output on the first <paramref name="sentences"/> sentences of EWT dev (gold tags)
    /// to <paramref name="path"/>: per sentence a <c># sent_id</c> line, then one line per word with its number,
    /// head (0 = root) and relation, then a blank line. The parser tests compare the current parser with this file.
    /// </summary>
    public static void Dump(string path, int sentences)
    {
        var parser = DependencyParser.Load(Path.Combine(BenchTexts.RepoRoot, "models", "parser", DependencyParser.DefaultFileName), out _)
            ?? throw new InvalidOperationException("parser model missing");
        using var writer = new StreamWriter(path) { NewLine = "\n" };
        var written = 0;
        foreach (var gold in ConlluReader.ReadFile(
            Path.Combine(BenchTexts.RepoRoot, "..", "shared", "data", "ud-english-ewt", "en_ewt-ud-dev.conllu.gz"), new List<Diagnostic>()))
        {
            var doc = TreebankCopy.WithGoldTags(gold);
            parser.Process(doc);
            foreach (var sentence in doc.Sentences)
            {
                if (written++ == sentences)
                    return;
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# sentence {written}"));
                for (var i = 0; i < sentence.TokenCount; i++)
                {
                    var t = doc.Tokens[sentence.FirstToken + i];
                    var head = t.Head < 0 ? 0 : t.Head - sentence.FirstToken + 1;
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i + 1}\t{head}\t{doc.Strings[t.DepRel]}"));
                }
                writer.WriteLine();
            }
        }
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
                foreach (var value in (int[])[t.Head, (int)t.Upos, (int)t.Entity.Iob, (int)t.Entity.Type])
                {
                    BitConverter.TryWriteBytes(buffer, value);
                    hash.Append(buffer);
                }
                foreach (var id in (int[])[t.DepRel, t.Xpos, t.Lemma, t.Feats])
                    hash.Append(System.Text.Encoding.UTF8.GetBytes(doc.Strings[id]));
            }
        }
        return hash.GetCurrentHashAsUInt64();
    }
}
