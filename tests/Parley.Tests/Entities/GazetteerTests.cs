using Parley.Entities;

namespace Parley.Tests.Entities;

public class GazetteerTests
{
    [Fact]
    public void Match_FindsLongestPhrases_CaseInsensitively()
    {
        var g = new Gazetteer([(GazetteerKind.Location, "north korea"), (GazetteerKind.Location, "korea"), (GazetteerKind.Nationality, "north korean")]);
        string[] words = ["Kim", "left", "North", "Korea", "and", "NORTH", "KOREAN", "media"];
        var keys = words.Select(w => Gazetteer.TokenKey(w)).ToArray();
        var begins = new GazetteerKind[words.Length];
        var inside = new GazetteerKind[words.Length];
        g.Match(keys, begins, inside);
        Assert.Equal(GazetteerKind.Location, begins[2]);
        Assert.Equal(GazetteerKind.Location, begins[3]);
        Assert.Equal(GazetteerKind.Location, inside[3]);
        Assert.Equal(GazetteerKind.Nationality, begins[5]);
        Assert.Equal(GazetteerKind.Nationality, inside[6]);
        Assert.Equal(GazetteerKind.None, begins[0] | begins[7] | inside[2]);
        Assert.Equal(2, g.MaxTokens);
    }
}
