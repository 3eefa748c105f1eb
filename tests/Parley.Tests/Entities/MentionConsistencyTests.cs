using Parley.Documents;
using Parley.Entities;

namespace Parley.Tests.Entities;

public class MentionConsistencyTests
{
    private static Document Doc(string text, params string[] tags)
    {
        var words = text.Split(' ');
        var tokens = new TokenData[words.Length];
        var start = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var t = tags[i].Split('-');
            var tag = t.Length == 1 ? EntityTag.Outside : new EntityTag(t[0] == "B" ? Iob.B : Iob.I, Enum.Parse<EntityType>(t[1]));
            tokens[i] = new TokenData { Start = start, Length = words[i].Length, Head = -1, Entity = tag, SpaceAfter = 1 };
            start += words[i].Length + 1;
        }
        var doc = new Document(text, new DocumentMetadata("t", null));
        doc.SetTokens(tokens);
        doc.SetSentences([new SentenceData(0, tokens.Length, true)]);
        return doc;
    }

    private static string[] Tags(Document doc) => [.. Enumerable.Range(0, doc.TokenCount).Select(i => doc.Token(i).Entity.ToString())];

    [Fact]
    public void MinorityType_TakesTheMajorityType_OfTheSameText()
    {
        var doc = Doc("New Jersey and New Jersey beat New Jersey", "B-LOC", "I-LOC", "O", "B-LOC", "I-LOC", "O", "B-ORG", "I-ORG");
        MentionConsistency.Apply(doc);
        Assert.Equal(["B-LOC", "I-LOC", "O", "B-LOC", "I-LOC", "O", "B-LOC", "I-LOC"], Tags(doc));
    }

    [Fact]
    public void Ties_AndOtherTypes_AreLeftAlone()
    {
        var doc = Doc("Jordan met Jordan near Korean Korean", "B-PER", "O", "B-LOC", "O", "B-NORP", "B-NORP");
        MentionConsistency.Apply(doc);
        Assert.Equal(["B-PER", "O", "B-LOC", "O", "B-NORP", "B-NORP"], Tags(doc));
    }
}
