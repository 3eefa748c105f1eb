using static Parley.Tests.Engine.EngineFixture;

namespace Parley.Tests.Events;

/// <summary>A country-less agent takes the country of the place its act happens in, through the whole engine.</summary>
public sealed class PlaceCountryTests
{
    [Fact]
    public void A_two_word_place_after_a_locative_preposition_is_where_the_agent_acts() =>
        Has("Government soldiers raped dozens of women during raids on villages in North Kivu.", "CODMIL", "CODCVL", "1821");

    [Fact]
    public void A_place_that_is_the_object_gives_the_attacker_no_country() =>
        Has("Troops shelled Kharkiv on Monday.", "MIL", "UKR", "194");
}
