using Parley.Diagnostics;
using Parley.Documents;
using Parley.Quotes;
using Parley.Tokenization;

namespace Parley.Tests.Quotes;

public class QuoteFinderTests
{
    private static readonly QuoteFinder Finder = Load();

    private static QuoteFinder Load()
    {
        var diags = new List<Diagnostic>();
        var finder = QuoteFinder.Load(Path.Combine(TestPaths.Repo, "data", "quotes", "speech-verbs.txt"), diags);
        Assert.Empty(diags);
        return finder;
    }

    private static IReadOnlyList<Quote> Find(string text)
    {
        var doc = new Document(text, new DocumentMetadata("q"));
        TokenizationPipeline.Default.Process(doc);
        Finder.Process(doc);
        return doc.GetLayer<Parley.Quotes.Quotes>()!.Items;
    }

    [Theory]
    [InlineData("“We will not retreat,” he said.", "We will not retreat,", "he", "after")]
    [InlineData("“We will not retreat,” said the defence minister.", "We will not retreat,", "the defence minister", "after")]
    [InlineData("The letter stated: “The talks were productive.”", "The talks were productive.", "The letter", "before")]
    [InlineData("\"Sanctions will stay,\" the spokeswoman told reporters.", "Sanctions will stay,", "the spokeswoman", "after")]
    [InlineData("Right after his visit, an unnamed official said in a statement that the stance was “regrettable.”", "regrettable.", "an unnamed official", "inline")]
    [InlineData("Trump agreed to provide “security guarantees” to North Korea.", "security guarantees", null, "none")]
    public void Find_QuoteAndSpeaker(string text, string quote, string? speaker, string rule)
    {
        var q = Assert.Single(Find(text));
        Assert.Equal((quote, speaker, rule), (q.Text, q.Speaker?.Text, q.Rule));
        Assert.Equal(quote, text[q.Start..q.End]);
    }

    [Fact]
    public void Find_SampleArticle_AttributesEveryQuotation()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Repo, "samples", "putin-trump-north-korea.txt"));
        var quotes = Find(text);
        var attributed = quotes.Where(q => q.Speaker is not null).Select(q => (q.Text[..Math.Min(20, q.Text.Length)], q.Speaker!.Text)).ToList();
        Assert.Contains(("After today, I am ve", "he"), attributed);
        Assert.Contains(("regrettable", "an unnamed North Korean official"), attributed);
        Assert.Contains(("came up only with it", "an unnamed North Korean official"), attributed);
        Assert.Contains(("I firmly believe tha", "the letter"), attributed);
    }

    [Fact]
    public void Find_UnclosedQuotation_EndsAtLineBreak()
    {
        var q = Assert.Single(Find("“This is not over, he said\nNext paragraph."));
        Assert.StartsWith("This is not over", q.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Next", q.Text, StringComparison.Ordinal);
    }
}
