using static Parley.Tests.Engine.EngineFixture;

namespace Parley.Tests.Events;

/// <summary>
/// An agent's country from whom it belongs to, before the place it acts at: a spokesperson for a coded party is that
/// party; a named possessor the matcher did not join to its agent ("Uganda's energy ministry") gives its country; so
/// does the leader before a hyphenated "-led" ("French-led troops").
/// </summary>
public sealed class OwnerCountryTests
{
    [Fact]
    public void A_spokeswoman_for_an_embassy_is_the_embassys_not_the_host_citys()
    {
        var e = Assert.Single(Code("A spokeswoman for the Iranian embassy in Paris did not respond to requests for comment."));
        Assert.Equal(("IRNGOV", null, "011"), Dyad(e));
    }

    [Fact]
    public void A_named_possessor_gives_its_country_before_a_place_in_the_sentence() =>
        Has("At a meeting in Nairobi, Uganda's energy ministry asked the Kenyan authorities to release the detained drivers.", "UGAGOV", "KENGOV", "0253");

    [Fact]
    public void Forces_led_by_a_nationality_before_a_hyphen_are_that_countrys() =>
        Has("French-led troops withdrew from Mali.", "FRAMIL", "MLI", "0874");
}
