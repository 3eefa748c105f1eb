using Parley.Events;
using static Parley.Tests.Engine.EngineFixture;

namespace Parley.Tests.Events;

/// <summary>
/// Who an actor is by its own words, through the whole engine: codes of the CAMEO actor codebook (Hamas, security
/// forces, the Pope), sectors of peoples, officials, groups, protesters and forces, and a country adjective (also
/// on a participle).
/// </summary>
public sealed class ActorCodeTests
{
    [Theory]
    [InlineData("Hamas released four Israeli hostages to the Red Cross.", "PSEREBHMS")]
    [InlineData("Security forces fired live ammunition at protesters in Khartoum.", "SDNMIL")]
    [InlineData("Pope Francis paid a three-day visit to Mongolia.", "VATREL")]
    public void Sources_follow_the_cameo_actor_codebook(string text, string source) =>
        Assert.Contains(Code(text), e => e.Source?.Code == source);

    [Fact]
    public void An_ousted_president_is_an_elite() =>
        Assert.Equal("SDNELI", Assert.Single(Code("The army in Sudan refused to free the ousted president.")).Target?.Code);

    [Fact]
    public void A_people_named_by_ethnicity_is_civilians_of_their_country() =>
        Assert.Equal(("CHNCOP", "CHNCVL", "173"), Dyad(Assert.Single(Code("Chinese police detained hundreds of Uyghurs."))));

    [Fact]
    public void Indigenous_organizations_are_opposition() =>
        Assert.Equal(("PERGOV", "PEROPP", "080"), Dyad(Assert.Single(Code("The Peruvian government made concessions to indigenous organizations."))));

    [Fact]
    public void A_former_official_named_by_nationality_is_an_elite() =>
        Assert.Equal(("CHL", "BOLELI", "075"), Dyad(Assert.Single(Code("Chile granted asylum to the former Bolivian president."))));

    [Theory]
    [InlineData("Angry youths rioted in Lyon to demand jobs.", "FRAOPP")]
    [InlineData("Japanese business groups urged the government to cut taxes.", "JPNBUS")]
    public void Youths_and_business_groups_are_actors(string text, string source) =>
        Assert.Contains(Code(text), e => e.Source?.Code == source);

    [Theory]
    [InlineData("The Ecuadorian government made concessions to the protesters.", "ECUGOV")]
    [InlineData("The Philippine coast guard conducted joint patrols with Japanese vessels.", "PHLMIL")]
    public void Common_adjective_spellings_name_the_country(string text, string source) =>
        Assert.Contains(Code(text), e => e.Source?.Code == source);

    [Fact]
    public void People_who_march_are_protesters() =>
        Assert.Equal("GEOOPP", Assert.Single(Code("Thousands of people marched in Tbilisi against the foreign agents law."), e => e.CameoRoot == "14").Source?.Code);

    [Fact]
    public void A_military_government_is_the_military() =>
        Assert.Equal("MMRMIL", Assert.Single(Code("Myanmar's military government ignored the ruling of the International Court of Justice.")).Source?.Code);

    [Fact]
    public void A_countrys_positions_are_its_forces()
    {
        var e = One("Sudanese troops shelled Ethiopian positions overnight.", "19");
        Assert.Equal("ETHMIL", e.Target!.Code);
    }

    [Fact]
    public void Survivors_are_civilians_of_the_place_they_are_in()
    {
        var e = One("Egypt sent food and medicine to flood survivors in Libya.", "07");
        Assert.Equal("LBYCVL", e.Target!.Code);
    }

    [Fact]
    public void A_trade_secretary_is_government()
    {
        var e = One("Australia's trade secretary negotiated a beef deal with Japan in Tokyo.", "04");
        Assert.Equal("AUSGOV", e.Source!.Code);
        Assert.Equal("JPN", e.Target!.Code);
    }

    [Fact]
    public void A_delegation_of_a_parties_officials_is_that_party()
    {
        var e = One("A delegation of Hamas officials travelled to Doha for talks.", "04");
        Assert.Equal("PSEREBHMS", e.Source!.Code);
    }

    [Fact]
    public void A_flag_adjective_on_a_participle_names_the_country() =>
        Assert.Equal("GBR", Assert.Single(Code("Iran released the British-flagged tanker."), e => e.Cameo == "0842").Target?.Code);
}
