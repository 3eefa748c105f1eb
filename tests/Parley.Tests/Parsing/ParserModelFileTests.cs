using Parley.Documents;
using Parley.Parsing;
using Parley.Tests.Reading;
using Parley.Training;

namespace Parley.Tests.Parsing;

public sealed class ParserModelFileTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    internal static DependencyParser SmallParser { get; } =
        ParserTraining.Train(ParsingFixtures.Slice(0, 300), null, new ParsingTrainerOptions(Epochs: 2), TextWriter.Null);

    private static byte[] Bytes(DependencyParser parser)
    {
        using var stream = new MemoryStream();
        parser.Save(stream);
        return stream.ToArray();
    }

    private static List<(int, int)> Parse(DependencyParser parser, IEnumerable<Document> gold)
    {
        var result = new List<(int, int)>();
        foreach (var g in gold)
        {
            var doc = TreebankCopy.WithGoldTags(g);
            parser.Process(doc);
            for (var i = 0; i < doc.TokenCount; i++)
                result.Add((doc.Tokens[i].Head, g.Strings.Find(doc.Token(i).DepRel)));
        }
        return result;
    }

    [Fact]
    public void SavedModel_LoadsWithItsHeader_AndParsesAsBeforeTheNextSave()
    {
        var path = _dir.WriteBytes("p.bin.gz", Bytes(SmallParser));
        Assert.Equal("PRLPARSE"u8.ToArray(), File.ReadAllBytes(path)[..8]);
        var loaded = DependencyParser.Load(path, out var error);
        Assert.Null(error);
        Assert.NotNull(loaded);
        Assert.Equal(SmallParser.FeatureCounts, loaded.FeatureCounts);
        var again = DependencyParser.Load(_dir.WriteBytes("q.bin.gz", Bytes(loaded)), out _)!;
        var test = ParsingFixtures.Slice(60, 100);
        Assert.Equal(Parse(loaded, test), Parse(again, test));
        // Half-precision weights change few decisions, if any.
        var original = Parse(SmallParser, test);
        var same = original.Zip(Parse(loaded, test)).Count(p => p.First == p.Second);
        Assert.True(same >= 0.99 * original.Count, $"{same} of {original.Count}");
    }

    [Fact]
    public void MissingOrCorruptModel_IsADiagnostic()
    {
        Assert.Null(DependencyParser.Load(Path.Combine(_dir.Root, "none.bin.gz"), out var missing));
        Assert.Equal("PRL330", missing!.Code);
        var bytes = Bytes(SmallParser);
        Assert.Null(DependencyParser.Load(_dir.WriteBytes("cut.bin.gz", bytes[..(bytes.Length / 2)]), out var cut));
        Assert.Equal("PRL331", cut!.Code);
        Assert.Null(DependencyParser.Load(_dir.Write("text.bin.gz", "not a model at all"), out var text));
        Assert.Equal("PRL331", text!.Code);
    }
}
