using Parley.Events;

namespace Parley.Tests.Engine;

/// <summary>
/// Coding choices fixed from the mobilize … threaten spec failures, on sentences of our own: the damage done by
/// rioters ("…, burning tyres") is part of the riot, not a second act; "live-fire" drills (tokenized live - fire) are a
/// show of force; the possessor of a noun of detention or deportation ("their expulsion") undergoes it.
/// </summary>
public sealed class CodingSpecFixBTests
{
    private static IReadOnlyList<CodedEvent> Code(string text) => EngineFixture.Code(text);

    private static (string? Source, string? Target, string Cameo) Dyad(CodedEvent e) => (e.Source?.Code, e.Target?.Code, e.Cameo);

    [Fact]
    public void The_damage_of_a_riot_is_part_of_the_riot()
    {
        var events = Code("Protesters rioted in Nairobi on Tuesday, burning tyres and shops.");
        Assert.Equal(("KENOPP", null, "145"), Dyad(Assert.Single(events)));
    }

    [Fact]
    public void Cars_set_on_fire_by_rioters_are_the_riot()
    {
        var events = Code("Angry youths rioted in Marseille overnight, setting fire to dozens of cars.");
        Assert.Equal(("FRAOPP", null, "145"), Dyad(Assert.Single(events)));
    }

    [Fact]
    public void Live_fire_drills_are_a_show_of_force()
    {
        var events = Code("Iran's army held live-fire drills near the Strait of Hormuz on Monday.");
        Assert.Equal(("IRNMIL", null, "150"), Dyad(Assert.Single(events)));
    }

    [Fact]
    public void The_possessor_of_a_detention_undergoes_it()
    {
        var events = Code("Migrants at the border camp began a hunger strike against their expulsion.");
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("17", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Cameo == "1422");
    }
}
