using Parley.Events;
using static Parley.Tests.Engine.EngineFixture;

namespace Parley.Tests.Events;

/// <summary>
/// Force and unrest, through the whole engine: the toll of an attack is part of it, bombs, shelling, aircraft,
/// gunfire exchanged, sexual assault, riots and their damage, live-fire drills; a military convoy is no aid.
/// </summary>
public sealed class ViolenceTests
{
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
    public void The_toll_of_violent_repression_is_part_of_it()
    {
        var e = Assert.Single(Code("Riot police opened fire on protesters outside the mine in Potosi, killing two miners."));
        Assert.Equal("175", e.Cameo);
        Assert.EndsWith("COP", e.Source?.Code, StringComparison.Ordinal);
    }

    [Fact]
    public void Soldiers_shot_dead_by_troops_are_fought_with_small_arms()
    {
        var e = Assert.Single(Code("Two Thai soldiers were shot dead by Cambodian troops near the temple."));
        Assert.Equal(("KHMMIL", "THAMIL", "193"), (e.Source?.Code, e.Target?.Code, e.Cameo));
    }

    [Fact]
    public void Strikes_named_by_nationality_that_hit_a_city_are_one_attack_by_that_country()
    {
        var e = Assert.Single(Code("Russian missile strikes hit Kharkiv on Monday."));
        Assert.Equal(("RUS", "UKR", "195"), Dyad(e));
    }

    [Fact]
    public void A_nationality_adjective_on_a_noun_another_act_is_about_is_no_source() =>
        Assert.DoesNotContain(Code("Estonia asked Finland to share intelligence on Russian troop movements."), e => e.Source?.Code?.StartsWith("RUS", StringComparison.Ordinal) == true);

    [Fact]
    public void Gunfire_exchanged_is_fought_both_ways()
    {
        var events = Code("Soldiers and militants exchanged gunfire overnight.");
        Assert.All(events, e => Assert.Equal("193", e.Cameo));
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void A_military_convoy_is_no_aid() =>
        Assert.DoesNotContain(Code("Gunmen ambushed a military convoy in northern Mali."), e => e.CameoRoot == "07");

    [Fact]
    public void Warplanes_that_strike_employ_aerial_weapons() =>
        Assert.Contains(Code("Israeli warplanes struck targets in southern Lebanon on Tuesday."), e => e.Cameo == "195" && e.Target?.Code == "LBN");

    [Fact]
    public void A_bomb_that_exploded_outside_a_building_attacks_its_owner()
    {
        var e = One("A car bomb exploded near the defence ministry in Kabul.", "18");
        Assert.Equal("1832", e.Cameo);
        Assert.Equal("UAF", e.Source!.Code);
        Assert.Equal("AFGGOV", e.Target!.Code);
    }

    [Fact]
    public void Raped_is_lemmatised_rape_and_coded_as_sexual_assault()
    {
        var e = One("Militiamen raped women in the village.", "18");
        Assert.Equal("1821", e.Cameo);
    }

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
}
