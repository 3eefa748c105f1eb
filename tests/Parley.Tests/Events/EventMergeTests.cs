using Parley.Events;
using static Parley.Tests.Engine.EngineFixture;

namespace Parley.Tests.Events;

/// <summary>
/// One event or several, through the whole engine: mutual and reciprocal acts code each way, the same act keeps its
/// targeted or finer reading, different acts of one family stay, a meeting on a summit's sidelines and a yield over
/// its concession.
/// </summary>
public sealed class EventMergeTests
{
    [Fact]
    public void Talks_between_two_parties_code_each_way()
    {
        var events = Code("Talks between Ghana and Togo resumed on Monday.");
        Assert.Contains(events, e => (e.Source?.Code, e.Target?.Code, e.CameoRoot) == ("GHA", "TGO", "04"));
        Assert.Contains(events, e => (e.Source?.Code, e.Target?.Code, e.CameoRoot) == ("TGO", "GHA", "04"));
    }

    [Fact]
    public void Restoring_relations_is_mutual()
    {
        var events = Code("Saudi Arabia and Iran restored diplomatic relations.");
        Assert.Contains(events, e => e.Source?.Code == "SAU" && e.Target?.Code == "IRN" && e.Cameo == "050");
        Assert.Contains(events, e => e.Source?.Code == "IRN" && e.Target?.Code == "SAU" && e.Cameo == "050");
    }

    [Fact]
    public void Conjoined_sources_of_a_reciprocal_act_are_not_targeted_at_its_topic()
    {
        var events = Code("Australia and Japan exchanged information on Chinese naval activity.");
        Assert.Contains(events, e => e.Source?.Code == "AUS" && e.Target?.Code == "JPN");
        Assert.DoesNotContain(events, e => e.Target?.Country == "CHN");
    }

    [Fact]
    public void Conjoined_parties_agreeing_to_work_together_agree_with_each_other()
    {
        var events = Code("Ghana and Togo said they had agreed to cooperate more closely.").Where(e => e.Cameo == "030").ToList();
        Assert.Contains(events, e => e.Source!.Code == "GHA" && e.Target!.Code == "TGO");
        Assert.Contains(events, e => e.Source!.Code == "TGO" && e.Target!.Code == "GHA");
    }

    [Fact]
    public void The_same_act_toward_a_country_and_its_people_keeps_only_the_people()
    {
        var events = Code("Militants attacked a church in Burkina Faso, killing fifteen worshippers.").Where(e => e.Cameo == "180").ToList();
        Assert.Equal("BFACVL", Assert.Single(events).Target?.Code);
    }

    [Fact]
    public void The_same_act_without_a_target_goes_when_it_has_one() =>
        Assert.Equal("FRAGOV", Assert.Single(Code("Niger's junta expelled the French ambassador and ordered him to leave within 48 hours.")).Target?.Code);

    [Fact]
    public void A_finer_code_of_the_same_act_without_a_target_goes() =>
        Assert.Equal("171", Assert.Single(Code("Police raided the offices of the opposition newspaper and confiscated computers.")).Cameo);

    [Fact]
    public void Different_acts_of_one_family_stay() =>
        Assert.Equal(2, Code("North Korea destroyed its nuclear testing site and released three American hostages.").Count(e => e.CameoRoot == "08"));

    [Fact]
    public void A_summit_on_whose_sidelines_others_meet_is_no_act()
    {
        var events = Code("The foreign ministers of Peru and Chile met in Madrid on the sidelines of a NATO summit.");
        Assert.All(events, e => Assert.Equal("044", e.Cameo));
        Assert.Equal(["CHLGOV", "PERGOV"], events.Select(e => e.Source?.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_yield_to_a_party_stands_over_the_targetless_concession_that_carries_it_out() =>
        Assert.Equal(("PEROPP", "PERGOV", "080"), Dyad(Assert.Single(Code("The Peruvian opposition gave in to government demands and ended its strike."))));
}
