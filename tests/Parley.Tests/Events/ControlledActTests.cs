using Parley.Events;
using static Parley.Tests.Engine.EngineFixture;

namespace Parley.Tests.Events;

/// <summary>
/// Acts inside another act, through the whole engine: what is promised, offered, demanded, rejected, announced,
/// alleged or accused is coded as that intent or demand, not as done, and a verb inside it is no act of its own.
/// </summary>
public sealed class ControlledActTests
{
    [Fact]
    public void A_loan_promised_to_a_country_is_an_economic_pledge()
    {
        var e = Assert.Single(Code("Tokyo promised Manila a loan of two billion dollars."), e => e.CameoRoot == "03");
        Assert.Equal(("JPN", "PHL", "0331"), (e.Source?.Code, e.Target?.Code, e.Cameo));
    }

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
    public void What_a_rejected_call_asks_for_is_what_is_rejected() =>
        Assert.Contains(Code("The Danish government rejected calls to reverse its policy on asylum."), e => e.Cameo == "1232");

    [Theory]
    [InlineData("Jordan refused to cooperate with Syria on reopening the border.", "0872")]
    [InlineData("Kenya demanded that the rebels lay down their weapons and return to their villages.", "042")]
    [InlineData("Lebanon urged the IMF to release the loan it had promised.", "030")]
    public void A_verb_inside_a_controlled_act_is_no_act_of_its_own(string text, string absent)
    {
        var events = Code(text);
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Cameo == absent);
    }

    [Fact]
    public void Insisting_on_a_subjunctive_clause_is_a_demand()
    {
        var e = Assert.Single(Code("The Greek foreign minister insisted that Turkey withdraw its troops from Cyprus."));
        Assert.Equal(("GRCGOV", "TUR", "10"), (e.Source?.Code, e.Target?.Code, e.CameoRoot));
    }

    [Fact]
    public void Insisting_that_something_happened_reports_it() =>
        Assert.DoesNotContain(Code("The Greek foreign minister insisted that Turkey had withdrawn its troops from Cyprus."), e => e.CameoRoot == "10");

    [Fact]
    public void Help_with_a_country_does_not_help_that_country()
    {
        var e = Assert.Single(Code("Japan agreed to help with North Korea."), e => e.CameoRoot == "03");
        Assert.Equal(("JPN", null), (e.Source?.Code, e.Target?.Code));
    }

    [Fact]
    public void Cooperating_with_a_country_still_targets_it()
    {
        var e = Assert.Single(Code("Japan agreed to cooperate with India."), e => e.CameoRoot == "03");
        Assert.Equal("IND", e.Target?.Code);
    }

    [Fact]
    public void A_warning_that_announces_its_own_act_is_that_threat()
    {
        var e = Assert.Single(Code("Washington warned that it would cut military aid to the Salvadoran army."));
        Assert.Equal(("USA", "SLVMIL", "1311"), (e.Source?.Code, e.Target?.Code, e.Cameo));
    }

    [Fact]
    public void Declared_willingness_to_release_is_intent_and_its_condition_no_act()
    {
        var e = Assert.Single(Code("Iran said it was willing to release the detained French tourists if Paris freed one of its citizens."));
        Assert.Equal(("IRN", "FRACVL", "0353"), (e.Source?.Code, e.Target?.Code, e.Cameo));
    }

    [Fact]
    public void An_announced_release_is_intent_to_release() =>
        Assert.Contains(Code("Iran will release the detained French tourists."), e => e.Cameo == "0353");

    [Theory]
    [InlineData("Moscow defended Damascus against accusations that it had used chemical weapons.")]
    [InlineData("Russia denied claims that its troops had shelled the hospital.")]
    public void An_alleged_act_is_no_act(string text) =>
        Assert.DoesNotContain(Code(text), e => e.CameoRoot is "19" or "20");

    [Fact]
    public void A_promise_to_help_a_country_is_intent_to_give_aid()
    {
        var e = One("Canada pledged to help Haiti after the hurricane.", "03");
        Assert.Equal("033", e.Cameo);
        Assert.Equal("HTI", e.Target!.Code);
    }

    [Fact]
    public void The_act_a_party_is_accused_of_is_not_coded()
    {
        var events = Code("Venezuela's foreign minister accused Colombia of plotting against his country.");
        Assert.Contains(events, e => e.Cameo == "112" && e.Source!.Code == "VENGOV" && e.Target!.Code == "COL");
        Assert.DoesNotContain(events, e => e.Source?.Code == "COL");
    }

    [Fact]
    public void Back_after_an_infinitival_to_is_support()
    {
        var e = One("Portugal promised to back Ukraine's bid to join NATO.", "03");
        Assert.Equal("032", e.Cameo);
        Assert.Equal("UKR", e.Target!.Code);
    }

    [Fact]
    public void Announced_cooperation_is_intent_to_cooperate() =>
        Has("Peru's foreign ministry said it would cooperate with Ecuador.", "PERGOV", "ECU", "030");

    [Fact]
    public void An_invitation_to_a_capital_for_talks_is_intent_to_meet() =>
        Has("Kenya invited the Somali president to Nairobi for talks.", "KEN", "SOMGOV", "036");

    [Fact]
    public void A_requested_meeting_between_two_parties_is_no_meeting() =>
        Assert.DoesNotContain(Code("Ghana rejected Togo's request for a meeting between the two presidents."), e => e.CameoRoot == "04");

    [Fact]
    public void An_attribution_after_the_clause_is_no_statement_of_its_own()
    {
        var events = Code("Chile's president travelled to Lima on Sunday, his office said.");
        Assert.Contains(events, e => (e.Source?.Code, e.Target?.Code, e.Cameo) == ("CHLGOV", "PER", "042"));
        Assert.DoesNotContain(events, e => e.CameoRoot == "01");
    }

    [Theory]
    [InlineData("Greece and Turkey promised to cooperate in rescue operations after the earthquake.", "GRC", "TUR")]
    [InlineData("Canada offered to cooperate with Chile in fighting its wildfires.", "CAN", "CHL")]
    public void Cooperation_promised_in_fighting_fires_or_in_rescue_is_material(string text, string source, string target) =>
        Assert.Contains(Code(text), e => (e.Source?.Code, e.Target?.Code, e.Cameo) == (source, target, "031"));
}
