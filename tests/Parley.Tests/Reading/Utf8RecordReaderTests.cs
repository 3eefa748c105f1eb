using System.Buffers;
using System.Text;
using System.Text.Unicode;
using CsCheck;
using Parley.Reading;

namespace Parley.Tests.Reading;

/// <summary>Streaming in chunks of any size gives the same records and errors as decoding each line whole.</summary>
public class Utf8RecordReaderTests
{
    private static readonly Gen<byte[]> Piece = Gen.OneOf(
        Gen.String[Gen.Char["aé\n\r€😀 北"], 0, 12].Select(s => Encoding.UTF8.GetBytes(s)),
        Gen.Byte.Array[0, 4].Select(b => b.Select(x => x == 0 ? (byte)'z' : x).ToArray()));

    private static readonly Gen<byte[]> Input = Piece.Array[0, 8].Select(ps => ps.SelectMany(p => p).ToArray());

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AnyChunkSize_AgreesWithWholeDecoding(bool splitLines)
    {
        Gen.Select(Input, Gen.Int[1, 9]).Sample((bytes, chunk) =>
        {
            var reader = new Utf8RecordReader("f", splitLines, 1000, chunk);
            var actual = reader.Read(new MemoryStream(bytes)).Select(Describe).ToList();
            Assert.Equal(Expected(bytes, splitLines), actual);
        }, iter: 3000);
    }

    private static string Describe(RawRecord r) =>
        r.Error is { } e ? $"{r.Line}:{e.Code}@{e.Line}:{e.Offset}" : $"{r.Line}:{r.Text}";

    /// <summary>The oracle: split on LF, decode each line in one call, keep the first error.</summary>
    private static List<string> Expected(byte[] bytes, bool splitLines)
    {
        if (bytes.AsSpan().StartsWith("\uFEFF"u8))
            bytes = bytes[3..];
        var lines = Split(bytes);
        if (splitLines)
            return lines.Select((l, i) => Decode(l, i + 1, i + 1, trimCr: true)).ToList();
        var firstBad = lines.Select((l, i) => Decode(l, i + 1, 1, trimCr: false)).FirstOrDefault(d => d.Contains("PRL102", StringComparison.Ordinal));
        return [firstBad ?? "1:" + Encoding.UTF8.GetString(bytes)];
    }

    private static List<byte[]> Split(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i == bytes.Length || bytes[i] == (byte)'\n')
            {
                lines.Add(bytes[start..i]);
                start = i + 1;
            }
        }
        return lines;
    }

    private static string Decode(byte[] line, int lineNumber, int recordLine, bool trimCr)
    {
        var chars = new char[line.Length];
        var status = Utf8.ToUtf16(line, chars, out var read, out var written, false, true);
        if (status == OperationStatus.InvalidData)
            return $"{recordLine}:PRL102@{lineNumber}:{read}";
        var text = new string(chars, 0, written);
        return $"{recordLine}:{(trimCr && text.EndsWith('\r') ? text[..^1] : text)}";
    }
}
