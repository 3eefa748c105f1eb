using static Parley.Tests.Engine.EngineFixture;

namespace Parley.Tests.Events;

/// <summary>
/// Second round of the precision audit (docs/audit/): senses of coded verbs that are no event or another event,
/// written as null-code or more specific patterns in data/patterns. "Consider X to be Y" is an opinion, not a
/// policy option; a ranking or a vote count is no visit or force; drafting a text is no conscription; research is
/// no investigation; an idiom is no call; a goal or a film shot is no gunfire; an economy that collapses no broken-off talk; a "main concern" a topic; political control a state; a popularity that declines no rejection; abstaining in a vote no strike; a war being lost no attack; a legal battle no force; hacking into a system is cyber coercion, not a killing; declaring war is
/// the use of force, not a statement; a person attacking people in a place is a physical assault (182), not military force; the act of a purpose clause ("so that he can help") is not done. The political readings of the same verbs stay coded.
/// </summary>
public sealed class SenseConstraintTests
{
    [Theory]
    [InlineData("The Serbian government considers Kosovo to be part of its own territory.")]
    [InlineData("The Brazilian coach worked the players hard.")]
    [InlineData("Foreign banks are calling the shots in the Greek economy.")]
    [InlineData("Swedish researchers are investigating the causes of the disease.")]
    [InlineData("With 40 goals in 90 matches, the Polish captain has shot a record number of goals for his country.")]
    [InlineData("The Greek economy collapsed in 2010.")]
    [InlineData("Moving the refugees was the Italian ministry's main concern.")]
    [InlineData("Kosovo was under the political control of Serbia until 1999.")]
    [InlineData("The Dutch party's popularity declined after the 2019 election.")]
    [InlineData("In the budget vote, the Swedish Left Party abstained.")]
    [InlineData("The Danish opposition abstained in the vote on the budget.")]
    [InlineData("By 1944, Japan was losing the war against the United States.")]
    [InlineData("The Irish government is fighting a legal battle with Apple over taxes.")]
    public void A_non_political_sense_is_no_event(string text) => Assert.Empty(Code(text));

    [Fact]
    public void Collapsed_talks_and_expressed_concern_still_code()
    {
        Assert.Contains(Code("The talks between Athens and Ankara collapsed in May."), e => e.Cameo == "164");
        Assert.Contains(Code("The Chinese ministry expressed concern over the Japanese drills."), e => e.Cameo == "012");
    }

    [Fact]
    public void Declining_an_invitation_and_a_strike_still_code()
    {
        Assert.Contains(Code("The Iraqi government declined the invitation to the summit."), e => e.CameoRoot == "12");
        Assert.Contains(Code("Polish dockworkers abstained from work for two days."), e => e.Cameo == "143");
    }

    [Fact]
    public void Considering_a_measure_is_still_a_policy_option() =>
        Assert.Contains(Code("The Japanese cabinet is considering new sanctions against Pyongyang."), e => e.Cameo == "014");

    [Theory]
    [InlineData("The Liberal candidate came in third in the Ottawa by-election.")]
    [InlineData("The ruling party defeated the opposition despite losing the popular vote.")]
    [InlineData("The Greens won the seat in 2016, but it was taken by a Labour candidate in 2020.")]
    public void Electoral_vocabulary_is_no_visit_force_or_abduction(string text) =>
        Assert.DoesNotContain(Code(text), e => e.CameoRoot is "04" or "18" or "19");

    [Fact]
    public void Drafting_a_bill_is_no_mobilization() =>
        Assert.DoesNotContain(Code("The Finnish ministry drafted a new bill on asylum."), e => e.CameoRoot == "15");

    [Fact]
    public void Hacking_into_servers_is_cyber_coercion_not_killing()
    {
        var events = Code("Russian hackers hacked into the servers of the German parliament.");
        Assert.Contains(events, e => e.Cameo == "170");
        Assert.DoesNotContain(events, e => e.CameoRoot == "18");
    }

    [Fact]
    public void A_person_attacking_people_somewhere_is_an_assault_and_rebels_attacking_soldiers_force()
    {
        var events = Code("A Turkish man attacked two tourists in Istanbul.");
        Assert.Contains(events, e => e.Cameo == "182");
        Assert.DoesNotContain(events, e => e.CameoRoot == "19");
        Assert.Contains(Code("Rebels attacked the soldiers in Gao."), e => e.Cameo == "190");
        Assert.Contains(Code("Syrian rebels fought a fierce battle with government troops near Aleppo."), e => e.Cameo == "190");
    }

    [Fact]
    public void A_purpose_clause_is_no_act_but_its_main_verb_is()
    {
        var events = Code("The Romanian minister spoke to the Hungarian parties so that he can help the farmers.");
        Assert.DoesNotContain(events, e => e.CameoRoot == "07");
        Assert.Contains(events, e => e.CameoRoot == "04");
    }

    [Fact]
    public void Declaring_war_is_the_use_of_force()
    {
        var events = Code("Bolivia declared war on Paraguay in 1933.");
        Assert.Contains(events, e => e.Cameo == "190" && e.Target?.Code == "PRY");
        Assert.DoesNotContain(events, e => e.CameoRoot == "01");
    }
}
