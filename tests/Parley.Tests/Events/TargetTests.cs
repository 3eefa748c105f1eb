using Parley.Events;
using static Parley.Tests.Engine.EngineFixture;

namespace Parley.Tests.Events;

/// <summary>
/// Whom the act is done to, through the whole engine: a debtor, the agent of a participle or noun on the object, a
/// nationality in an of-phrase, whose resignation or elections are asked for, the side of released persons, the
/// possessor of a detention; none for a wreath at a monument.
/// </summary>
public sealed class TargetTests
{
    [Theory]
    [InlineData("China wrote off Zambia's debt.", "ZMB")]
    [InlineData("Kuwait wrote off the debts of Sudan.", "SDN")]
    public void A_debt_written_off_is_aid_to_its_debtor(string text, string debtor)
    {
        var e = Assert.Single(Code(text), e => e.Cameo == "071");
        Assert.Equal(debtor, e.Target?.Code);
    }

    [Theory]
    [InlineData("Morocco deported a suspect wanted by Belgium.", "BEL")]
    [InlineData("Ukraine rejected the peace plan put forward by Beijing.", "CHN")]
    public void The_agent_of_a_participle_on_the_object_is_the_target(string text, string target) =>
        Assert.Contains(Code(text), e => e.Target?.Code == target);

    [Fact]
    public void The_nationality_of_an_of_phrase_names_the_target() =>
        Assert.Contains(Code("The Danish government expressed disapproval of the Turkish decision."), e => e.Cameo == "110" && e.Target?.Code == "TUR");

    [Fact]
    public void An_agent_noun_modifying_the_object_names_the_target() =>
        Assert.Contains(Code("The Kenyan government rejected opposition demands for new elections."), e => e.CameoRoot == "12" && e.Target?.Code == "KENOPP");

    [Fact]
    public void Rallying_to_demand_a_resignation_targets_whose_resignation() =>
        Assert.Equal("BGDGOV", Assert.Single(Code("Students rallied outside parliament in Dhaka to demand the prime minister's resignation.")).Target?.Code);

    [Fact]
    public void A_call_for_elections_addresses_the_callers_government() =>
        Assert.Equal("VENGOV", Assert.Single(Code("The Venezuelan opposition called for free and fair presidential elections.")).Target?.Code);

    [Fact]
    public void A_rebel_ceasefire_addresses_the_government_an_army_ceasefire_does_not()
    {
        Assert.Equal("COLGOV", Assert.Single(Code("Colombian rebels declared a unilateral ceasefire over the Christmas holidays.")).Target?.Code);
        Assert.Null(Assert.Single(Code("The Colombian army declared a unilateral ceasefire over the Christmas holidays.")).Target);
    }

    [Fact]
    public void Persons_released_to_an_intermediary_are_released_to_their_side() =>
        Assert.Equal("ISRCVL", Assert.Single(Code("Hamas released four Israeli hostages to the Red Cross."), e => e.Cameo == "0841").Target?.Code);

    [Fact]
    public void A_wreath_laid_at_a_monument_has_no_target()
    {
        var e = One("The Hungarian prime minister laid a wreath at the memorial to the Budapest uprising.", "01");
        Assert.Equal("017", e.Cameo);
        Assert.Null(e.Target);
    }

    [Fact]
    public void A_verb_tagged_noun_phrase_head_still_names_the_target()
    {
        // "abuses" read as a verb conjoined to "opened": the repair makes it the head of "rights abuses by the army".
        var e = One("The United Nations opened an investigation into alleged rights abuses by the army in Mali.", "09");
        Assert.Equal("MLIMIL", e.Target!.Code);
    }

    [Fact]
    public void The_possessor_of_a_detention_undergoes_it()
    {
        var events = Code("Migrants at the border camp began a hunger strike against their expulsion.");
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("17", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Cameo == "1422");
    }

    [Fact]
    public void An_event_noun_tagged_as_an_adjective_heads_its_object()
    {
        var e = Assert.Single(Code("Russia threatened to launch a ground offensive against Ukrainian troops in Kharkiv."), e => e.CameoRoot == "13");
        Assert.Equal("UKRMIL", e.Target?.Code);
    }
}
