using static Parley.Tests.Engine.EngineFixture;

namespace Parley.Tests.Events;

/// <summary>
/// Fallback targets named outside the act's own phrase: the subject of a reported clause of undergoing ("warned that
/// Finland would face consequences"), and the place a de-escalation is done at (context.txt place-target 087).
/// </summary>
public sealed class ClauseAndPlaceTargetTests
{
    [Fact]
    public void The_one_a_warning_says_will_face_consequences_is_its_target() =>
        Has("The Russian foreign ministry warned that Finland would face consequences if it joined the alliance.", "RUSGOV", "FIN", "130");

    [Fact]
    public void Easing_a_blockade_of_a_foreign_port_targets_its_country() =>
        Has("The Turkish navy eased its blockade of the port of Latakia.", "TURMIL", "SYR", "0872");

    [Fact]
    public void Scaling_back_operations_near_a_foreign_city_targets_its_country() =>
        Has("Russian troops scaled back their operations near Kharkiv on Monday.", "RUSMIL", "UKR", "087");

    [Fact]
    public void De_escalating_in_the_sources_own_country_has_no_place_target() =>
        Assert.Contains(Code("The Ethiopian army eased its blockade of the city of Mekelle."), e => e.Cameo == "0872" && e.Target is null);
}
