using Parley.Events;

namespace Parley.Tests.Engine;

/// <summary>
/// Coding choices fixed from the accuse … consult spec failures, on sentences of our own: a second promised act is
/// promised, not done; the manner of a promised cooperation is no act; the toll of an attack is part of it; a device
/// that strikes is a bombing; an event on whose sidelines others meet is no act; peoples and their groups.
/// </summary>
public sealed class CodingSpecFix1Tests
{
    private static IReadOnlyList<CodedEvent> Code(string text) => EngineFixture.Code(text);

    private static (string? Source, string? Target, string Cameo) Dyad(CodedEvent e) => (e.Source?.Code, e.Target?.Code, e.Cameo);

    [Fact]
    public void A_second_promised_act_is_promised_not_done()
    {
        var events = Code("Lima pledged to expand trade with Quito and to buy more of its copper.");
        Assert.Equal(("PER", "ECU", "0311"), Dyad(Assert.Single(events)));
    }

    [Fact]
    public void Cooperation_in_investigating_is_judicial_cooperation_and_the_investigation_no_act()
    {
        var events = Code("Chile agreed to cooperate with Peru in investigating the shooting.");
        Assert.Equal(("CHL", "PER", "0313"), Dyad(Assert.Single(events)));
    }

    [Fact]
    public void The_toll_of_a_bombing_is_its_target_not_a_second_attack()
    {
        var e = Assert.Single(Code("A roadside bomb hit a police patrol in eastern Congo, killing two officers."));
        Assert.Equal(("UAF", "1833"), (e.Source?.Code, e.Cameo));
        Assert.EndsWith("MIL", e.Target?.Code, StringComparison.Ordinal);
    }

    [Fact]
    public void The_toll_of_shelling_names_the_victims()
    {
        var e = Assert.Single(Code("Government troops shelled the rebel town, killing six fighters."));
        Assert.Equal(("194", "REB"), (e.Cameo, e.Target?.Code));
    }

    [Fact]
    public void A_summit_on_whose_sidelines_others_meet_is_no_act()
    {
        var events = Code("The foreign ministers of Peru and Chile met in Madrid on the sidelines of a NATO summit.");
        Assert.All(events, e => Assert.Equal("044", e.Cameo));
        Assert.Equal(["CHLGOV", "PERGOV"], events.Select(e => e.Source?.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_people_named_by_ethnicity_is_civilians_of_their_country() =>
        Assert.Equal(("CHNCOP", "CHNCVL", "173"), Dyad(Assert.Single(Code("Chinese police detained hundreds of Uyghurs."))));

    [Fact]
    public void Indigenous_organizations_are_opposition() =>
        Assert.Equal(("PERGOV", "PEROPP", "080"), Dyad(Assert.Single(Code("The Peruvian government made concessions to indigenous organizations."))));

    [Theory]
    [InlineData("Two journalists were kidnapped near Bamako.", "MLIMED", "181")]
    [InlineData("The governor was assassinated outside his home in Sinaloa.", "MEXGOV", "186")]
    public void An_agentless_passive_attack_is_an_unidentified_attackers(string text, string victim, string cameo)
    {
        var e = Assert.Single(Code(text));
        Assert.Equal(("UAF", victim, cameo), Dyad(e));
        Assert.DoesNotContain(e.Spans, s => s.Role == "source");
    }

    [Fact]
    public void Deaths_told_in_the_passive_invent_no_attacker() =>
        Assert.Empty(Code("Ten villagers were killed in floods."));

    [Fact]
    public void Police_offered_for_a_mission_are_the_senders_and_the_host_is_the_target()
    {
        var e = Assert.Single(Code("Ghana offered to send police officers to Liberia."));
        Assert.Equal(("0334", "LBR"), (e.Cameo, e.Target?.Code));
        Assert.Equal("GHA", e.Source?.Country);
    }

    [Fact]
    public void The_protected_stay_the_target_of_a_pledge_to_protect() =>
        Assert.Equal("GMBCVL", Assert.Single(Code("Senegal pledged to protect civilians in Gambia.")).Target?.Code);

    [Fact]
    public void A_yield_to_a_party_stands_over_the_targetless_concession_that_carries_it_out() =>
        Assert.Equal(("PEROPP", "PERGOV", "080"), Dyad(Assert.Single(Code("The Peruvian opposition gave in to government demands and ended its strike."))));

    [Fact]
    public void Gunfire_exchanged_is_fought_both_ways()
    {
        var events = Code("Soldiers and militants exchanged gunfire overnight.");
        Assert.All(events, e => Assert.Equal("193", e.Cameo));
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void A_former_official_named_by_nationality_is_an_elite() =>
        Assert.Equal(("CHL", "BOLELI", "075"), Dyad(Assert.Single(Code("Chile granted asylum to the former Bolivian president."))));
}
