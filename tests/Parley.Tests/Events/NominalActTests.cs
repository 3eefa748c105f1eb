using static Parley.Tests.Engine.EngineFixture;

namespace Parley.Tests.Events;

/// <summary>
/// Acts told by an event noun, through the whole engine: the passive of a light verb ("an offer … was made by"), the
/// phrases the parser hung on a noun's agent, an act only alleged, and material cooperation on an operation.
/// </summary>
public sealed class NominalActTests
{
    [Fact]
    public void An_offer_made_by_a_leader_to_a_country_is_his_intent_toward_it()
    {
        var e = One("An offer of help was made to Nepal by the Indian foreign minister after the floods.", "03");
        Assert.Equal(("INDGOV", "NPL", "033"), Dyad(e));
    }

    [Fact]
    public void A_light_verb_without_an_agent_gives_the_noun_no_source() =>
        Assert.DoesNotContain(Code("An offer of help was made to Nepal after the floods."), e => e.CameoRoot == "03");

    [Fact]
    public void A_phrase_hung_on_the_agent_of_an_attack_is_the_attack_s_own()
    {
        var e = One("The attack by gunmen on a church in northern Burkina Faso left twelve worshippers dead.", "18");
        Assert.Equal(("UAF", "180"), (e.Source?.Code, e.Cameo));
    }

    [Fact]
    public void An_alleged_act_inside_an_inquiry_is_no_event_of_its_own()
    {
        var events = Code("The council opened an investigation into alleged torture by prison guards in Eritrea.");
        Assert.DoesNotContain(events, e => e.CameoRoot == "18");
    }

    [Fact]
    public void Cooperating_on_a_search_is_material_cooperation()
    {
        var e = One("The Malaysian government said it would cooperate with Vietnam on the search for the missing boat.", "03");
        Assert.Equal(("MYSGOV", "VNM", "031"), Dyad(e));
    }
}
