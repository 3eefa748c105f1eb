using Parley.Reading;
using static Parley.Tests.Reading.ReadingHelpers;

namespace Parley.Tests.Reading;

public sealed class TextInputTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void File_IsOneDocument_WithPathAsId_AndDefaultDate()
    {
        var path = _dir.Write("a.txt", "Putin met Kim.\n\nTrump replied.\n");
        var items = ReadAll(new ReadOptions(DefaultDate: new DateOnly(2024, 6, 19)), path);
        var doc = Assert.Single(items.Documents());
        Assert.Equal("Putin met Kim.\n\nTrump replied.\n", doc.Text);
        Assert.Equal(path.Replace('\\', '/'), doc.Metadata.Id);
        Assert.Equal(new DateOnly(2024, 6, 19), doc.Metadata.PublicationDate);
        Assert.Empty(items.Diagnostics());
    }

    [Fact]
    public void Folder_IsReadRecursively_InOrdinalOrder_SkippingHiddenFiles()
    {
        _dir.Write("b.txt", "b");
        _dir.Write("a/c.txt", "c");
        _dir.Write("A.txt", "A");
        _dir.Write(".hidden", "h");
        var ids = ReadAll(new ReadOptions(), _dir.Root).Documents().Select(d => d.Metadata.Id[(_dir.Root.Length + 1)..]);
        Assert.Equal(["A.txt", "a/c.txt", "b.txt"], ids);
    }

    [Fact]
    public void Dash_And_NoArgument_ReadStandardInput()
    {
        var fromDash = ReadStdin(new ReadOptions(), "Hello.", "-").Documents();
        var fromNothing = ReadStdin(new ReadOptions(), "Hello.").Documents();
        Assert.Equal("stdin", Assert.Single(fromDash).Metadata.Id);
        Assert.Equal("Hello.", Assert.Single(fromNothing).Text);
    }

    [Fact]
    public void ByteOrderMark_IsDropped()
    {
        var path = _dir.WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF, (byte)'H', (byte)'i']);
        Assert.Equal("Hi", Assert.Single(ReadAll(new ReadOptions(), path).Documents()).Text);
    }

    [Fact]
    public void MultiByteCharacters_AcrossChunkBoundaries_DecodeIntact()
    {
        var text = string.Concat(Enumerable.Repeat("Ünïcödé — 北朝鮮 😀 ", 20_000));
        var path = _dir.Write("big.txt", text);
        Assert.Equal(text, Assert.Single(ReadAll(new ReadOptions(), path).Documents()).Text);
    }

    [Fact]
    public void DuplicateIds_AreWarnedAbout_AndKept()
    {
        var path = _dir.Write("a.txt", "x");
        var items = ReadAll(new ReadOptions(), path, path);
        Assert.Equal(2, items.Documents().Count);
        Assert.Equal("PRL141", Assert.Single(items.Diagnostics()).Code);
    }
}
