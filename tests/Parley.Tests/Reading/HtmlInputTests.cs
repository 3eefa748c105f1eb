using Parley.Reading;
using static Parley.Tests.Reading.ReadingHelpers;

namespace Parley.Tests.Reading;

public sealed class HtmlInputTests : IDisposable
{
    private const string Page = """
        <html><head><title>Putin meets Kim</title><meta property="article:published_time" content="2024-06-19T23:30:00Z"></head>
        <body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
        <article><h1>Putin meets Kim</h1>
        <p>Russian President Vladimir Putin arrived in Pyongyang on Wednesday for talks with North Korean leader Kim Jong Un, his first visit in 24 years.</p>
        <p>The two leaders signed a comprehensive strategic partnership agreement, which includes a mutual defense clause, officials said.</p>
        <p>Washington said the deal was a threat to peace on the Korean peninsula and pledged to work with Seoul and Tokyo.</p>
        </article>
        <footer>Copyright 2024 Example News. All rights reserved.</footer><script>var tracker = 1;</script></body></html>
        """;

    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Article_IsExtracted_WithParagraphsAsBlankLines_AndBoilerplateDropped()
    {
        var doc = Assert.Single(ReadAll(new ReadOptions(InputFormat.Html), _dir.Write("p.html", Page)).Documents());
        var paragraphs = doc.Text.Split("\n\n");
        Assert.Equal(3, paragraphs.Length);
        Assert.StartsWith("Russian President Vladimir Putin arrived", paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("Washington said", paragraphs[2], StringComparison.Ordinal);
        Assert.DoesNotContain("Sport", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("tracker", doc.Text, StringComparison.Ordinal);
        Assert.Equal("Putin meets Kim", doc.Metadata.Title);
        Assert.Equal(new DateOnly(2024, 6, 19), doc.Metadata.PublicationDate);
    }

    [Fact]
    public void PageWithoutDate_TakesTheDefault()
    {
        var page = Page.Replace("<meta property=\"article:published_time\" content=\"2024-06-19T23:30:00Z\">", "", StringComparison.Ordinal);
        var doc = Assert.Single(ReadAll(new ReadOptions(InputFormat.Html, new DateOnly(2001, 2, 3)), _dir.Write("p.html", page)).Documents());
        Assert.Equal(new DateOnly(2001, 2, 3), doc.Metadata.PublicationDate);
    }

    [Fact]
    public void PageWithoutText_IsReported()
    {
        var d = Assert.Single(ReadAll(new ReadOptions(InputFormat.Html), _dir.Write("e.html", "<html><body><img src=x></body></html>")).Diagnostics());
        Assert.Equal("PRL109", d.Code);
    }

    [Fact]
    public void Normalize_CollapsesBlankRuns_AndTrimsLines()
    {
        Assert.Equal("a\nb\n\nc", HtmlExtractor.Normalize("\n  a  \r\nb\n\n \n\t\nc \n\n"));
    }
}
