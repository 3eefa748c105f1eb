using Parley.Events;

namespace Parley.Tests.Engine;

/// <summary>
/// Coding choices of the second coder round: actor codes by the CAMEO actor codebook (Hamas PSEREBHMS, security
/// forces MIL, the Pope VATREL), protection (074) only of parties and guardable places, a country adjective
/// through a participle ("a Greek-flagged tanker"), aircraft that strike (195).
/// </summary>
public sealed class CoderRound2Tests
{
    private static IReadOnlyList<CodedEvent> Code(string text) => EngineFixture.Code(text);

    [Theory]
    [InlineData("Hamas released four Israeli hostages to the Red Cross.", "PSEREBHMS")]
    [InlineData("Security forces fired live ammunition at protesters in Khartoum.", "SDNMIL")]
    [InlineData("Pope Francis paid a three-day visit to Mongolia.", "VATREL")]
    public void Sources_follow_the_cameo_actor_codebook(string text, string source) =>
        Assert.Contains(Code(text), e => e.Source?.Code == source);

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
    public void A_flag_adjective_on_a_participle_names_the_country() =>
        Assert.Equal("GBR", Assert.Single(Code("Iran released the British-flagged tanker."), e => e.Cameo == "0842").Target?.Code);

    [Fact]
    public void Warplanes_that_strike_employ_aerial_weapons() =>
        Assert.Contains(Code("Israeli warplanes struck targets in southern Lebanon on Tuesday."), e => e.Cameo == "195" && e.Target?.Code == "LBN");
}
