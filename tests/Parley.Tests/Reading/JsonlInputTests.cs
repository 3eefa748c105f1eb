using Parley.Reading;
using static Parley.Tests.Reading.ReadingHelpers;

namespace Parley.Tests.Reading;

public sealed class JsonlInputTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private List<SourceItem> Read(string content, DateOnly? defaultDate = null) =>
        ReadAll(new ReadOptions(InputFormat.Jsonl, defaultDate), _dir.Write("in.jsonl", content));

    [Fact]
    public void Object_GivesTextAndAllMetadata()
    {
        var doc = Assert.Single(Read("""{"id":"a1","text":"Kim met Putin.","date":"2024-06-19","title":"T","url":"https://x.test/a","source":"AP","extra":1}""").Documents());
        Assert.Equal("Kim met Putin.", doc.Text);
        Assert.Equal(new Parley.Documents.DocumentMetadata("a1", new DateOnly(2024, 6, 19), "T", "https://x.test/a", "AP"), doc.Metadata);
    }

    [Fact]
    public void MissingDate_TakesTheDefault_AndNumericIdsAreAccepted()
    {
        var doc = Assert.Single(Read("""{"id":7,"text":"x","title":null}""", new DateOnly(2020, 1, 2)).Documents());
        Assert.Equal("7", doc.Metadata.Id);
        Assert.Equal(new DateOnly(2020, 1, 2), doc.Metadata.PublicationDate);
        Assert.Null(doc.Metadata.Title);
    }

    [Fact]
    public void MalformedLine_IsReportedWithLineAndBytePosition_AndTheRestIsRead()
    {
        var items = Read("{\"id\":\"a\",\"text\":\"one\"}\n{\"id\":\"b\",\"text\":\"two\"\n{\"id\":\"c\",\"text\":\"three\"}\n");
        Assert.Equal(["a", "c"], items.Documents().Select(d => d.Metadata.Id));
        var d = Assert.Single(items.Diagnostics());
        Assert.Equal("PRL105", d.Code);
        Assert.Equal(2, d.Line);
        Assert.Equal(22, d.Offset);
        Assert.Contains("at byte 22 of the line", d.Message, StringComparison.Ordinal);
        Assert.StartsWith(_dir.Root.Replace('\\', '/'), d.File, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1,2]", "PRL140")]
    [InlineData("""{"text":"no id"}""", "PRL106")]
    [InlineData("""{"id":"a"}""", "PRL106")]
    [InlineData("""{"id":"a","text":5}""", "PRL106")]
    [InlineData("""{"id":"a","text":"x","date":"19/06/2024"}""", "PRL107")]
    [InlineData("""{"id":"a","text":"x","date":"2024-02-30"}""", "PRL107")]
    [InlineData("""{"id":"a","text":"x","title":["t"]}""", "PRL145")]
    [InlineData("""{"id":"a","text":"  "}""", "PRL104")]
    public void InvalidRecord_GivesItsCode_OnItsLine(string line, string code)
    {
        var items = Read("{\"id\":\"ok\",\"text\":\"fine\"}\n" + line + "\n");
        Assert.Equal("ok", Assert.Single(items.Documents()).Metadata.Id);
        var d = Assert.Single(items.Diagnostics());
        Assert.Equal(code, d.Code);
        Assert.Equal(2, d.Line);
    }
}
