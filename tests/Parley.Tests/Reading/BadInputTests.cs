using Parley.Diagnostics;
using Parley.Reading;
using static Parley.Tests.Reading.ReadingHelpers;

namespace Parley.Tests.Reading;

public sealed class BadInputTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void MissingFile_IsReported_AndTheNextFileIsRead()
    {
        var good = _dir.Write("good.txt", "fine");
        var items = ReadAll(new ReadOptions(), Path.Combine(_dir.Root, "missing.txt"), good);
        Assert.Equal("PRL111", Assert.Single(items.Diagnostics()).Code);
        Assert.Single(items.Documents());
    }

    [Fact]
    public void BinaryFile_IsReportedOnce()
    {
        var path = _dir.WriteBytes("x.bin", [(byte)'P', (byte)'K', 3, 4, 0, 0, 10, 0, 1]);
        var d = Assert.Single(ReadAll(new ReadOptions(InputFormat.Lines), path));
        Assert.Equal("PRL103", d.Diagnostic!.Code);
        Assert.Equal((1, 4L), (d.Diagnostic.Line, d.Diagnostic.Offset));
    }

    [Fact]
    public void InvalidUtf8_InText_SkipsTheDocument_NamingLineAndByte()
    {
        // "ok\nab" then 0xFF: line 2, byte 2 of the line, byte 5 of the file.
        var bad = _dir.WriteBytes("bad.txt", [(byte)'o', (byte)'k', (byte)'\n', (byte)'a', (byte)'b', 0xFF, (byte)'c']);
        var good = _dir.Write("good.txt", "fine");
        var items = ReadAll(new ReadOptions(), bad, good);
        var d = Assert.Single(items.Diagnostics());
        Assert.Equal(("PRL102", 2, 2L), (d.Code, d.Line, d.Offset));
        Assert.Contains("0xFF at byte 5", d.Message, StringComparison.Ordinal);
        Assert.EndsWith("bad.txt:2:2: error PRL102: invalid UTF-8 byte 0xFF at byte 5 of the input; expected UTF-8 text", d.ToString(), StringComparison.Ordinal);
        Assert.Equal("fine", Assert.Single(items.Documents()).Text);
    }

    [Fact]
    public void InvalidUtf8_InLines_SkipsOnlyThatLine()
    {
        var path = _dir.WriteBytes("l.txt", [(byte)'a', (byte)'\n', 0xC3, 0x28, (byte)'\n', (byte)'b']);
        var items = ReadAll(new ReadOptions(InputFormat.Lines), path);
        Assert.Equal(["a", "b"], items.Documents().Select(d => d.Text));
        Assert.Equal(("PRL102", 2, 0L), (items.Diagnostics()[0].Code, items.Diagnostics()[0].Line, items.Diagnostics()[0].Offset));
    }

    [Fact]
    public void TruncatedSequence_AtEndOfFile_IsInvalid()
    {
        var path = _dir.WriteBytes("t.txt", [(byte)'a', 0xE2, 0x82]);
        Assert.Equal("PRL102", Assert.Single(ReadAll(new ReadOptions(), path)).Diagnostic!.Code);
    }

    [Fact]
    public void EmptyFile_IsAWarning()
    {
        var d = Assert.Single(ReadAll(new ReadOptions(), _dir.Write("e.txt", ""))).Diagnostic!;
        Assert.Equal(("PRL104", Severity.Warning), (d.Code, d.Severity));
    }

    [Fact]
    public void HugeLine_IsSkippedWithItsSize_AndTheNextLineIsRead()
    {
        using (var f = File.Create(Path.Combine(_dir.Root, "huge.txt")))
        {
            f.Write("first\n"u8);
            var block = new byte[1 << 20];
            Array.Fill(block, (byte)'x');
            for (var i = 0; i < 50; i++)
                f.Write(block);
            f.Write("\nlast\n"u8);
        }
        var items = ReadAll(new ReadOptions(InputFormat.Lines, MaxChars: 1_000_000), Path.Combine(_dir.Root, "huge.txt"));
        Assert.Equal(["first", "last"], items.Documents().Select(d => d.Text));
        var d = Assert.Single(items.Diagnostics());
        Assert.Equal(("PRL108", 2), (d.Code, d.Line));
        Assert.Contains("52,428,800 characters", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyFolder_IsAWarning()
    {
        Directory.CreateDirectory(Path.Combine(_dir.Root, "empty"));
        Assert.Equal("PRL143", Assert.Single(ReadAll(new ReadOptions(), Path.Combine(_dir.Root, "empty"))).Diagnostic!.Code);
    }
}
