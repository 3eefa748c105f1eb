using Parley.Events;

namespace Parley.Tests.Engine;

/// <summary>
/// Wire-copy shapes of frequent cooperative acts (CAMEO 01–09): a noun's "by" agent and "between" parties, an
/// attribution after the clause, a city as the target, an agent the parser hung from another oblique, and the
/// patterns for drills scaled back, invitations for talks, loans approved and fuel delivered. Original sentences.
/// </summary>
public sealed class CoderShapeTests
{
    private static IReadOnlyList<CodedEvent> Code(string text) => EngineFixture.Code(text);

    private static void Has(string text, string source, string? target, string cameo) =>
        Assert.Contains(Code(text), e => e.Source?.Code == source && e.Target?.Code == target && e.Cameo == cameo);

    [Fact]
    public void The_agent_of_a_visit_noun_is_its_source() =>
        Has("The visit by the Japanese foreign minister to Hanoi ended on Friday.", "JPNGOV", "VNM", "042");

    [Fact]
    public void Talks_between_two_parties_code_each_way()
    {
        var events = Code("Talks between Ghana and Togo resumed on Monday.");
        Assert.Contains(events, e => (e.Source?.Code, e.Target?.Code, e.CameoRoot) == ("GHA", "TGO", "04"));
        Assert.Contains(events, e => (e.Source?.Code, e.Target?.Code, e.CameoRoot) == ("TGO", "GHA", "04"));
    }

    [Fact]
    public void A_requested_meeting_between_two_parties_is_no_meeting() =>
        Assert.DoesNotContain(Code("Ghana rejected Togo's request for a meeting between the two presidents."), e => e.CameoRoot == "04");

    [Fact]
    public void A_countryless_partner_takes_the_country_of_the_other() =>
        Has("Negotiations between the Colombian government and rebels resumed in Havana.", "COLGOV", "COLREB", "046");

    [Fact]
    public void An_attribution_after_the_clause_is_no_statement_of_its_own()
    {
        var events = Code("Chile's president travelled to Lima on Sunday, his office said.");
        Assert.Contains(events, e => (e.Source?.Code, e.Target?.Code, e.Cameo) == ("CHLGOV", "PER", "042"));
        Assert.DoesNotContain(events, e => e.CameoRoot == "01");
    }

    [Fact]
    public void A_city_in_the_target_slot_stands_for_its_country() =>
        Has("Sweden flew blankets and tents to Aleppo.", "SWE", "SYR", "073");

    [Fact]
    public void An_agent_hung_from_another_oblique_is_the_source() =>
        Has("Medicine was delivered to Yemen by Oman on Sunday.", "OMN", "YEM", "073");

    [Fact]
    public void Patrols_reduced_near_a_country_are_de_escalation() =>
        Has("The Russian navy reduced its patrols near Japan.", "RUSMIL", "JPN", "087");

    [Fact]
    public void An_invitation_to_a_capital_for_talks_is_intent_to_meet() =>
        Has("Kenya invited the Somali president to Nairobi for talks.", "KEN", "SOMGOV", "036");

    [Fact]
    public void A_loan_approved_by_a_lender_is_economic_aid() =>
        Has("The Asian Development Bank approved a loan of 500 million dollars for Nepal.", "IGOASADEVADB", "NPL", "071");

    [Fact]
    public void Announced_cooperation_is_intent_to_cooperate() =>
        Has("Peru's foreign ministry said it would cooperate with Ecuador.", "PERGOV", "ECU", "030");

    [Fact]
    public void The_speakers_own_capital_is_where_it_speaks_not_its_audience() =>
        Assert.DoesNotContain(Code("Speaking at a rally in Accra on Friday, Ghana's finance minister commented on inflation."),
            e => e.CameoRoot == "01" && e.Target?.Code == "GHA");
}
