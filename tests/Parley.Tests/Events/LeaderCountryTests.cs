using static Parley.Tests.Engine.EngineFixture;

namespace Parley.Tests.Events;

/// <summary>A country-less group takes the country of the leader its participle names, through the whole engine.</summary>
public sealed class LeaderCountryTests
{
    [Fact]
    public void A_delegation_led_by_a_minister_is_of_the_minister_s_country() =>
        Has("A delegation led by Japan's foreign minister arrived in Hanoi on Friday.", "JPNGOV", "VNM", "042");

    [Fact]
    public void A_delegation_sent_by_no_one_keeps_the_place_rule() =>
        Has("A government delegation arrived in Hanoi on Friday.", "VNMGOV", "VNM", "042");
}
