using Parley.Documents;
using Parley.Entities;

namespace Parley.Tests.Entities;

public class EntityMentionTests
{
    private static TokenData T(Iob iob, EntityType type = EntityType.None) => new() { Entity = new EntityTag(iob, type) };

    [Fact]
    public void FromTokens_ReadsIob2_AndStopsAtSentenceEnds()
    {
        TokenData[] tokens = [T(Iob.B, EntityType.PER), T(Iob.I, EntityType.PER), T(Iob.O), T(Iob.I, EntityType.LOC), T(Iob.B, EntityType.ORG), T(Iob.I, EntityType.ORG)];
        SentenceData[] sentences = [new(0, 5, true), new(5, 1, false)];
        Assert.Equal([new EntityMention(0, 2, EntityType.PER), new EntityMention(3, 4, EntityType.LOC), new EntityMention(4, 5, EntityType.ORG), new EntityMention(5, 6, EntityType.ORG)],
            EntityMention.FromTokens(tokens, sentences));
    }

    [Fact]
    public void Labels_AllowInsideOnlyAfterSameType()
    {
        var l = NerLabels.Default;
        var bPer = l.Find(new EntityTag(Iob.B, EntityType.PER));
        var iPer = l.Find(new EntityTag(Iob.I, EntityType.PER));
        var iOrg = l.Find(new EntityTag(Iob.I, EntityType.ORG));
        Assert.True(l.Allowed(bPer, iPer));
        Assert.True(l.Allowed(iPer, iPer));
        Assert.False(l.Allowed(bPer, iOrg));
        Assert.False(l.Allowed(-1, iPer));
        Assert.False(l.Allowed(0, iPer));
        Assert.Equal(0, l.Find(new EntityTag(Iob.B, EntityType.MISC)));
    }
}
