using Parley.Actors;
using Parley.Documents;
using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// The per-sentence groups the coder scans instead of a whole document's mentions: each sentence's group holds, in
/// list order, exactly the mentions with a token in it, so a scan of the group finds what a scan of the list finds.
/// </summary>
public sealed class SentenceBucketsTests
{
    private const string Text = "Ghana and Togo signed a trade deal in Accra on Monday. The Kenyan president met the prime minister of "
        + "India in Nairobi. Brazil said it would send aid to Chile and Peru. Police in Lagos arrested two protesters. "
        + "Japan and South Korea held talks in Seoul. Germany criticized Russia.";

    private const string Short = "Ghana and Togo signed a trade deal in Accra on Monday. Brazil said it would send aid to Chile.";

    [Fact]
    public void Each_sentence_holds_its_mentions_in_list_order()
    {
        var doc = Processed(Text);
        var mentions = doc.GetLayer<ActorMentions>()!.Items;
        var index = new DocumentIndex(doc, mentions);
        var buckets = new SentenceBuckets<ActorMention>(mentions, m => (m.FirstToken, m.EndToken), index);
        Assert.True(index.Covers);
        Assert.True(index.HeadsInSentences);
        Assert.Equal(6, doc.SentenceCount);
        for (var s = 0; s < doc.SentenceCount; s++)
        {
            var sentence = doc.Sentences[s];
            var expected = mentions.Where(m => m.FirstToken < sentence.EndToken && m.EndToken > sentence.FirstToken).ToList();
            Assert.Equal(expected, buckets.Of(s));
        }
        Assert.Equal(mentions.Count, Enumerable.Range(0, doc.SentenceCount).Sum(s => buckets.Of(s).Count));
    }

    [Fact]
    public void A_short_document_reads_the_whole_list_in_every_sentence()
    {
        var doc = Processed(Short);
        var mentions = doc.GetLayer<ActorMentions>()!.Items;
        var buckets = new SentenceBuckets<ActorMention>(mentions, m => (m.FirstToken, m.EndToken), new DocumentIndex(doc, mentions));
        Assert.NotEmpty(mentions);
        for (var s = 0; s < doc.SentenceCount; s++)
            Assert.Equal(mentions, buckets.Of(s));
    }

    [Fact]
    public void An_item_without_tokens_makes_every_sentence_read_the_whole_list()
    {
        var doc = Processed(Text);
        var index = new DocumentIndex(doc, []);
        Assert.True(doc.SentenceCount > 4);
        (int First, int End)[] items = [(0, 2), (5, 5), (doc.TokenCount - 1, doc.TokenCount)];
        var buckets = new SentenceBuckets<(int First, int End)>(items, x => x, index);
        for (var s = 0; s < doc.SentenceCount; s++)
            Assert.Equal(items, buckets.Of(s));
    }

    private static Document Processed(string text)
    {
        var doc = new Document(text, new DocumentMetadata("t", new DateOnly(2024, 5, 1)));
        Parley.Tests.Engine.EngineFixture.Engine.Process(doc);
        return doc;
    }
}
