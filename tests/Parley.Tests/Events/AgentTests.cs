using Parley.Events;
using static Parley.Tests.Engine.EngineFixture;

namespace Parley.Tests.Events;

/// <summary>
/// Who does the act, through the whole engine: an agentless passive attack is by unidentified attackers, a passive
/// death invents none, the agent of an event noun or of another oblique, "it" for an army or an organization, the
/// subject of a copula, a bare "visiting".
/// </summary>
public sealed class AgentTests
{
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
    public void The_agent_of_a_visit_noun_is_its_source() =>
        Has("The visit by the Japanese foreign minister to Hanoi ended on Friday.", "JPNGOV", "VNM", "042");

    [Fact]
    public void An_agent_hung_from_another_oblique_is_the_source() =>
        Has("Medicine was delivered to Yemen by Oman on Sunday.", "OMN", "YEM", "073");

    [Fact]
    public void A_bare_visiting_is_no_visit_of_its_own()
    {
        var events = Code("Visiting Kenyan President William Ruto was received by President Samia Suluhu Hassan at the State House on Tuesday.");
        Assert.Contains(events, e => e.Cameo == "043" && e.Target!.Code == "KENGOV");
        Assert.DoesNotContain(events, e => e.Cameo == "042");
    }

    [Fact]
    public void It_can_stand_for_a_countrys_army() =>
        Assert.Contains(Code("The Israeli army said it was investigating the air strike."), e => e.Cameo == "093" && e.Source?.Code == "ISRMIL");

    [Fact]
    public void It_after_an_organization_is_that_organization()
    {
        var e = One("The World Bank said it welcomed the budget adopted by the Ghanaian parliament.", "05");
        Assert.Equal("IGOUNODEVWBK", e.Source!.Code);
        Assert.Equal("GHALEG", e.Target!.Code);
    }

    [Fact]
    public void The_subject_of_a_copula_does_the_noun_predicate()
    {
        var e = Assert.Single(Code("A Saudi blogger has been on hunger strike since March."));
        Assert.Equal(("SAUMED", "142"), (e.Source?.Code, e.Cameo));
    }
}
