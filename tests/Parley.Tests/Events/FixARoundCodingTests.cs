using Parley.Events;
using Parley.Tests.Engine;

namespace Parley.Tests.Events;

/// <summary>
/// Causes fixed by helper fixA in session 5, each through the whole engine on a sentence of its own: "it" standing
/// for an international organization, a country's "positions" read as its forces, a promise to help a country
/// (intent to give aid), survivors as civilians, a trade secretary as government, "the country's" agents, a place compounded with a part word ('of Helmand province'), conjoined parties' pledge to each other, the act one is accused of, a bare 'visiting', and the place of a symbolic act that is not its target.
/// </summary>
public class FixARoundCodingTests
{
    private static CodedEvent One(string text, string cameoRoot) =>
        Assert.Single(EngineFixture.Code(text), e => e.CameoRoot == cameoRoot);

    [Fact]
    public void It_after_an_organization_is_that_organization()
    {
        var e = One("The World Bank said it welcomed the budget adopted by the Ghanaian parliament.", "05");
        Assert.Equal("IGOUNODEVWBK", e.Source!.Code);
        Assert.Equal("GHALEG", e.Target!.Code);
    }

    [Fact]
    public void A_countrys_positions_are_its_forces()
    {
        var e = One("Sudanese troops shelled Ethiopian positions overnight.", "19");
        Assert.Equal("ETHMIL", e.Target!.Code);
    }

    [Fact]
    public void A_promise_to_help_a_country_is_intent_to_give_aid()
    {
        var e = One("Canada pledged to help Haiti after the hurricane.", "03");
        Assert.Equal("033", e.Cameo);
        Assert.Equal("HTI", e.Target!.Code);
    }

    [Fact]
    public void Survivors_are_civilians_of_the_place_they_are_in()
    {
        var e = One("Egypt sent food and medicine to flood survivors in Libya.", "07");
        Assert.Equal("LBYCVL", e.Target!.Code);
    }

    [Fact]
    public void A_wreath_laid_at_a_monument_has_no_target()
    {
        var e = One("The Hungarian prime minister laid a wreath at the memorial to the Budapest uprising.", "01");
        Assert.Equal("017", e.Cameo);
        Assert.Null(e.Target);
    }

    [Fact]
    public void A_trade_secretary_is_government()
    {
        var e = One("Australia's trade secretary negotiated a beef deal with Japan in Tokyo.", "04");
        Assert.Equal("AUSGOV", e.Source!.Code);
        Assert.Equal("JPN", e.Target!.Code);
    }

    [Fact]
    public void The_countrys_agents_take_the_country_named_before()
    {
        var e = One("Peru's president was criticised by the country's farmers over the drought plan.", "11");
        Assert.Equal("PERAGR", e.Source!.Code);
        Assert.Equal("PERGOV", e.Target!.Code);
    }

    [Fact]
    public void A_province_named_after_of_gives_its_country()
    {
        var e = One("Gunmen tried to kill the police chief of Helmand province.", "18");
        Assert.Equal("AFGCOP", e.Target!.Code);
    }

    [Fact]
    public void Conjoined_parties_agreeing_to_work_together_agree_with_each_other()
    {
        var events = EngineFixture.Code("Ghana and Togo said they had agreed to cooperate more closely.").Where(e => e.Cameo == "030").ToList();
        Assert.Contains(events, e => e.Source!.Code == "GHA" && e.Target!.Code == "TGO");
        Assert.Contains(events, e => e.Source!.Code == "TGO" && e.Target!.Code == "GHA");
    }

    [Fact]
    public void The_act_a_party_is_accused_of_is_not_coded()
    {
        var events = EngineFixture.Code("Venezuela's foreign minister accused Colombia of plotting against his country.");
        Assert.Contains(events, e => e.Cameo == "112" && e.Source!.Code == "VENGOV" && e.Target!.Code == "COL");
        Assert.DoesNotContain(events, e => e.Source?.Code == "COL");
    }

    [Fact]
    public void A_bare_visiting_is_no_visit_of_its_own()
    {
        var events = EngineFixture.Code("Visiting Kenyan President William Ruto was received by President Samia Suluhu Hassan at the State House on Tuesday.");
        Assert.Contains(events, e => e.Cameo == "043" && e.Target!.Code == "KENGOV");
        Assert.DoesNotContain(events, e => e.Cameo == "042");
    }
}
