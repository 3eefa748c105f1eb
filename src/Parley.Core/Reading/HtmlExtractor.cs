using System.Text;
using Parley.Diagnostics;
using Parley.Documents;
using SmartReader;

namespace Parley.Reading;

/// <summary>
/// Extracts the article text of a web page with SmartReader (a port of Mozilla's Readability), dropping
/// navigation, sidebars and other boilerplate. Paragraphs become blocks separated by one blank line. The page's
/// title becomes the document title and its published date, when it declares one, the publication date (the UTC
/// date of a timestamp).
/// Nothing is fetched: the page is parsed from the text given.
/// </summary>
internal static class HtmlExtractor
{
    // SmartReader needs a base address to resolve relative links; links are not kept, so any address will do.
    private const string BaseUri = "https://localhost/";

    public static SourceItem Extract(string html, Location where, string id, DateOnly? defaultDate)
    {
        Article article;
        try
        {
            article = Reader.ParseArticle(BaseUri, html, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return SourceItem.Fail(Messages.HtmlExtractionFailed, where, e.Message);
        }
        // IsReadable is false for short pages (under 500 characters) that still have usable text: go by the text.
        var text = Normalize(article.TextContent ?? "");
        if (text.Length == 0)
            return SourceItem.Fail(Messages.HtmlNoText, where);
        var date = article.PublicationDate is { } published ? DateOf(published) : defaultDate;
        var title = string.IsNullOrWhiteSpace(article.Title) ? null : article.Title.Trim();
        return SourceItem.Of(new Document(text, new DocumentMetadata(id, date, title)));
    }

    /// <summary>
    /// The date of a declared publication time, the same on every machine: SmartReader turns a timestamp with an
    /// offset into the machine's local time, so it is taken back to UTC; a bare date is kept as written.
    /// </summary>
    private static DateOnly DateOf(DateTime published) =>
        DateOnly.FromDateTime(published.Kind == DateTimeKind.Local ? published.ToUniversalTime() : published);

    /// <summary>Trims every line, and turns each run of blank lines into one blank line between paragraphs.</summary>
    internal static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingBreak = false;
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                pendingBreak = sb.Length > 0;
                continue;
            }
            if (sb.Length > 0)
                sb.Append(pendingBreak ? "\n\n" : "\n");
            sb.Append(line);
            pendingBreak = false;
        }
        return sb.ToString();
    }
}
