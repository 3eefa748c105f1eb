using Parley.Documents;

namespace Parley.Tests.Documents;

public class DocumentTests
{
    private static Document TwoTokens()
    {
        var doc = new Document("  Hi there \n", new DocumentMetadata("d1"));
        doc.SetTokens([new TokenData { Start = 2, Length = 2, SpaceAfter = 1 }, new TokenData { Start = 5, Length = 5, SpaceAfter = 2 }]);
        doc.SetSentences([new SentenceData(0, 2, true)]);
        return doc;
    }

    [Fact]
    public void Reconstruct_TokensAndWhitespace_RebuildText()
    {
        var doc = TwoTokens();
        Assert.Equal(doc.Text, doc.Reconstruct());
        Assert.Equal(Annotations.Tokens | Annotations.Sentences, doc.Annotations);
    }

    [Fact]
    public void Views_ExposeTextAndOffsets()
    {
        var doc = TwoTokens();
        Assert.Equal("there", doc.Token(1).Text);
        Assert.True(doc.Token(0).HasSpaceAfter);
        Assert.Equal("Hi there", doc.Sentence(0).Text);
        Assert.Equal((2, 10), (doc.Sentence(0).Start, doc.Sentence(0).End));
    }

    [Fact]
    public void StringPool_InternsOnce_ZeroIsEmpty()
    {
        var pool = new StringPool();
        Assert.Equal(0, pool.Intern(""));
        var a = pool.Intern("NOUN");
        Assert.Equal(a, pool.Intern("NOUN"));
        Assert.Equal("NOUN", pool[a]);
        Assert.Equal(-1, pool.Find("VERB"));
    }
}
