using Parley.Diagnostics;
using Parley.Places;
using Parley.Tests.Support;

namespace Parley.Tests.Places;

public class PlaceFinderTests
{
    private static readonly Lazy<Gazetteer> Shared = new(() =>
    {
        var diags = new List<Diagnostic>();
        var g = Gazetteer.Load(Path.Combine(TestPaths.Repo, "data", "gazetteer"), diags);
        Assert.Empty(diags);
        return g;
    });

    private static PlaceMention Single(string sentence)
    {
        var doc = SimpleDocument.Sentence(sentence);
        new PlaceFinder(Shared.Value).Process(doc);
        return Assert.Single(doc.GetLayer<PlaceMentions>()!.Items);
    }

    [Theory]
    [InlineData("Trump met Kim in Singapore on June 12.", "Singapore", "SGP", PlaceKind.City, 1.29, 103.85)]
    [InlineData("Pompeo flew to Pyongyang on Friday.", "Pyongyang", "PRK", PlaceKind.City, 39.03, 125.75)]
    [InlineData("Troops moved to the Korean peninsula.", "Korean peninsula", null, PlaceKind.Feature, 38.0, 127.5)]
    [InlineData("Turkish forces advanced in northern Syria.", "northern Syria", "SYR", PlaceKind.Country, 35.0, 38.0)]
    [InlineData("Protesters marched in Paris.", "Paris", "FRA", PlaceKind.City, 48.85, 2.35)]
    [InlineData("Rockets hit the Gaza Strip overnight.", null, null, null, 0, 0)]
    [InlineData("A market was bombed in the Nigerian city of Maiduguri.", "Nigerian city of Maiduguri", "NGA", PlaceKind.City, 11.85, 13.16)]
    [InlineData("Soldiers traded fire in the streets of Bambari.", "streets of Bambari", "CAF", PlaceKind.City, 5.77, 20.68)]
    [InlineData("Rebels met in the hope of Peace.", null, null, null, 0, 0)]
    [InlineData("Talks on Geneva procedures resumed.", null, null, null, 0, 0)]
    public void Find_ResolvesPlace(string sentence, string? text, string? country, PlaceKind? kind, double lat, double lon)
    {
        var doc = SimpleDocument.Sentence(sentence);
        new PlaceFinder(Shared.Value).Process(doc);
        var items = doc.GetLayer<PlaceMentions>()!.Items;
        if (text is null)
        {
            Assert.Empty(items);
            return;
        }
        var m = Assert.Single(items);
        Assert.Equal((text, country, kind), (m.Text, m.Place.Country, (PlaceKind?)m.Place.Kind));
        Assert.Equal(lat, m.Place.Lat, 0.1);
        Assert.Equal(lon, m.Place.Lon, 0.1);
    }

    [Fact]
    public void Find_PrefersPlacesInTheDocumentsCountries()
    {
        // Paris, Texas loses to Paris, France by population alone, but wins when the text is about the US.
        Assert.Equal("FRA", Single("Officials met in Paris.").Place.Country);
        Assert.Equal("USA", Single("United States officials met in Paris.").Place.Country);
    }

    [Theory]
    [InlineData("Aid workers returned to eastern Congo last week.", "COD")]
    [InlineData("The envoy travelled to the Republic of Congo.", "COG")]
    [InlineData("Flights to Congo-Brazzaville resumed.", "COG")]
    public void Congo_Alone_IsTheDemocraticRepublic(string sentence, string country) =>
        Assert.Equal(country, Single(sentence).Place.Country);

    [Fact]
    public void Find_Qualifier_IsKept() => Assert.Equal("northern", Single("Fighting resumed in northern Syria.").Qualifier);

    [Theory]
    [InlineData("Fighting broke out in the mountains of Mindanao.", "mountains of Mindanao", "PHL")]
    [InlineData("Fighting raged around the outskirts of Kharkiv.", "outskirts of Kharkiv", "UKR")]
    [InlineData("Relief trucks arrived in remote areas of Sindh.", "remote areas of Sindh", "PAK")]
    [InlineData("Drones were fired on the port city of Odesa overnight.", "port city of Odesa", "UKR")]
    public void PartOfAPlace_KeepsThePhrase_AndResolvesTheNamedPlace(string sentence, string text, string country)
    {
        var m = Single(sentence);
        Assert.Equal(text, m.Text);
        Assert.Equal(country, m.Place.Country);
    }
}
