using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using Parley.Learning;
using Parley.Tagging;

namespace Parley.Parsing;

/// <summary>
/// The parser's model file: the uncompressed 8-byte magic <c>PRLPARSE</c> and format version, then a gzip stream
/// holding the vocabularies (words, tags, labels) and the move and label perceptrons: class count, feature
/// count, the 64-bit feature keys, and the weights quantized to half-precision floats, row by row.
/// </summary>
internal static class ParserModelFile
{
    public const int Version = 1;
    private static ReadOnlySpan<byte> Magic => "PRLPARSE"u8;

    public static void Save(HashedParserModel model, Stream stream)
    {
        if (!BitConverter.IsLittleEndian)
            throw new PlatformNotSupportedException("model files are little-endian");
        ModelHeader.Write(stream, Magic, Version);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        WriteStrings(w, model.Vocabulary.Words);
        WriteStrings(w, model.Vocabulary.Tags);
        WriteStrings(w, model.Vocabulary.Labels);
        if (model.CompactMoves is { } compact)
        {
            var (keys, weights) = compact.Export();
            WriteArrays(w, CompactMoveWeights.Classes, keys, weights);
        }
        else
            WritePerceptron(w, model.Moves!);
        if (model.CompactLabels is { } labels)
        {
            var (keys, weights) = labels.Export();
            WriteArrays(w, labels.ClassCount, keys, weights);
        }
        else
            WritePerceptron(w, model.Labels!);
    }

    /// <exception cref="InvalidDataException">The stream is not a parser model of this version.</exception>
    public static HashedParserModel Load(Stream stream)
    {
        if (!BitConverter.IsLittleEndian)
            throw new PlatformNotSupportedException("model files are little-endian");
        ModelHeader.Check(stream, Magic, Version);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(gzip, 1 << 16);
        using var r = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
        var vocab = new ParserVocabulary(ReadStrings(r), ReadStrings(r), ReadStrings(r));
        var (classes, keys, weights) = ReadArrays(r);
        if (classes != CompactMoveWeights.Classes)
            throw new InvalidDataException($"move model with {classes} classes; expected {CompactMoveWeights.Classes}");
        var moves = new CompactMoveWeights(keys, weights);
        (classes, keys, weights) = ReadArrays(r);
        if (classes != vocab.Labels.Count)
            throw new InvalidDataException($"label model with {classes} classes for {vocab.Labels.Count} labels");
        return new HashedParserModel(vocab, moves, new CompactLabelWeights(classes, keys, weights));
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
        var halves = new Half[weights.Length];
        for (var i = 0; i < weights.Length; i++)
            halves[i] = (Half)weights[i];
        WriteArrays(w, classes, keys, halves);
    }

    private static void WriteArrays(BinaryWriter w, int classes, ulong[] keys, Half[] weights)
    {
        w.Write(classes);
        w.Write(keys.Length);
        w.Flush();
        w.BaseStream.Write(MemoryMarshal.AsBytes(keys.AsSpan()));
        w.BaseStream.Write(MemoryMarshal.AsBytes(weights.AsSpan()));
    }

    private static (int Classes, ulong[] Keys, Half[] Weights) ReadArrays(BinaryReader r)
    {
        var classes = r.ReadInt32();
        var count = r.ReadInt32();
        if (classes is <= 0 or > 4096 || count is < 0 or > 1 << 26)
            throw new InvalidDataException($"bad perceptron header: {classes} classes, {count} features");
        // Bulk reads of the little-endian arrays; BinaryReader does not read ahead of what it returns.
        var keys = new ulong[count];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
        var halves = new Half[(long)count * classes];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(halves.AsSpan()));
        return (classes, keys, halves);
    }
}
