using Parley.Events;
using static Parley.Tests.Engine.EngineFixture;

namespace Parley.Tests.Events;

/// <summary>
/// Which act a verb or noun is, through the whole engine: securing or paying for things is no aid, protecting a
/// convoy is, an unlearned irregular past form, a named past uprising, patrols reduced, a loan approved.
/// </summary>
public sealed class ActSenseTests
{
    [Theory]
    [InlineData("The president secured a crucial buy-in from China.")]
    [InlineData("The minister defended the decision against the critics.")]
    [InlineData("The army sustained heavy losses in the battle.")]
    [InlineData("Obama paid the price for the delay.")]
    public void Securing_defending_or_paying_for_things_is_no_aid(string text) =>
        Assert.DoesNotContain(Code(text), e => e.CameoRoot == "07");

    [Fact]
    public void Troops_that_protect_a_convoy_provide_protection() =>
        Assert.Contains(Code("French troops protected the aid convoy from attacks."), e => e.Cameo == "074" && e.Source?.Code == "FRAMIL");

    [Fact]
    public void An_unlearned_irregular_past_form_after_the_subject_is_the_verb()
    {
        var e = Assert.Single(Code("The Asian Development Bank froze its loans to Laos."));
        Assert.Equal(("1621", "LAO"), (e.Cameo, e.Target?.Code));
    }

    [Fact]
    public void A_named_past_event_is_no_new_event()
    {
        Assert.DoesNotContain(Code("The Czech president opened an exhibition on the Prague Uprising."), e => e.CameoRoot == "14");
        Assert.Contains(Code("Students staged an uprising in Prague."), e => e.CameoRoot == "14");
    }

    [Fact]
    public void Patrols_reduced_near_a_country_are_de_escalation() =>
        Has("The Russian navy reduced its patrols near Japan.", "RUSMIL", "JPN", "087");

    [Fact]
    public void A_loan_approved_by_a_lender_is_economic_aid() =>
        Has("The Asian Development Bank approved a loan of 500 million dollars for Nepal.", "IGOASADEVADB", "NPL", "071");
}
