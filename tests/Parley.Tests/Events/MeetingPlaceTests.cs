using static Parley.Tests.Engine.EngineFixture;

namespace Parley.Tests.Events;

/// <summary>Where a meeting happens, through the whole engine: CAMEO 044 only for a place that is neither side's.</summary>
public sealed class MeetingPlaceTests
{
    [Fact]
    public void A_meeting_in_one_side_s_capital_is_no_third_location() =>
        Has("President Lula met French President Emmanuel Macron in Brasilia on Thursday.", "BRAGOV", "FRAGOV", "040");

    [Fact]
    public void A_meeting_in_a_third_country_is_at_a_third_location() =>
        Has("President Lula met French President Emmanuel Macron in Rome on Thursday.", "BRAGOV", "FRAGOV", "044");
}
