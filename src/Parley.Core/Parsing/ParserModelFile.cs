using System.IO.Compression;
using System.Text;
using Parley.Learning;

namespace Parley.Parsing;

/// <summary>
/// The parser's model file: gzip over a versioned binary layout — magic <c>PRLPARSE</c>, format version,
/// vocabularies (words, tags, labels), then the move and label perceptrons: class count, feature count, the
/// 64-bit feature keys, and the weights as half-precision floats, row by row.
/// </summary>
internal static class ParserModelFile
{
    public const int Version = 1;
    private static ReadOnlySpan<byte> Magic => "PRLPARSE"u8;

    public static void Save(HashedParserModel model, Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(Version);
        WriteStrings(w, model.Vocabulary.Words);
        WriteStrings(w, model.Vocabulary.Tags);
        WriteStrings(w, model.Vocabulary.Labels);
        WritePerceptron(w, model.Moves);
        WritePerceptron(w, model.Labels);
    }

    /// <exception cref="InvalidDataException">The stream is not a parser model of this version.</exception>
    public static HashedParserModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(gzip, 1 << 16);
        using var r = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
        if (!r.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
            throw new InvalidDataException("not a Parley parser model (bad magic)");
        var version = r.ReadInt32();
        if (version != Version)
            throw new InvalidDataException($"parser model version {version}; this build reads version {Version}");
        var vocab = new ParserVocabulary(ReadStrings(r), ReadStrings(r), ReadStrings(r));
        return new HashedParserModel(vocab, ReadPerceptron(r), ReadPerceptron(r));
    }

    private static void WriteStrings(BinaryWriter w, IReadOnlyList<string> strings)
    {
        w.Write(strings.Count);
        foreach (var s in strings)
            w.Write(s);
    }

    private static string[] ReadStrings(BinaryReader r)
    {
        var n = r.ReadInt32();
        if (n < 0)
            throw new InvalidDataException("negative string count");
        var a = new string[n];
        for (var i = 0; i < n; i++)
            a[i] = r.ReadString();
        return a;
    }

    // HashedPerceptron.Save writes: classes, count, then per feature its key and its float row.
    private static void WritePerceptron(BinaryWriter w, HashedPerceptron p)
    {
        using var raw = new MemoryStream();
        using (var bw = new BinaryWriter(raw, Encoding.UTF8, leaveOpen: true))
            p.Save(bw);
        raw.Position = 0;
        using var br = new BinaryReader(raw);
        var classes = br.ReadInt32();
        var count = br.ReadInt32();
        var keys = new ulong[count];
        var weights = new float[count * classes];
        for (var i = 0; i < count; i++)
        {
            keys[i] = br.ReadUInt64();
            for (var c = 0; c < classes; c++)
                weights[i * classes + c] = br.ReadSingle();
        }
        w.Write(classes);
        w.Write(count);
        foreach (var k in keys)
            w.Write(k);
        foreach (var x in weights)
            w.Write((Half)x);
    }

    private static HashedPerceptron ReadPerceptron(BinaryReader r)
    {
        var classes = r.ReadInt32();
        var count = r.ReadInt32();
        if (classes <= 0 || count < 0)
            throw new InvalidDataException($"bad perceptron header: {classes} classes, {count} features");
        var table = new FeatureTable(count);
        for (var i = 0; i < count; i++)
            table.Add(r.ReadUInt64());
        var weights = new float[count * classes];
        for (var i = 0; i < weights.Length; i++)
            weights[i] = (float)r.ReadHalf();
        return new HashedPerceptron(classes, table, weights);
    }
}
