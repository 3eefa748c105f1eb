using Parley.Events;

namespace Parley.Tests.Engine;

/// <summary>
/// Coding choices fixed in the third coder round: a foreign agent takes no country from its context, a deposed or
/// ousted leader is an elite (ELI), not the government, "it" can stand for a country's army, "promised Manila a loan" is a loan promised to Manila.
/// </summary>
public sealed class CoderRound3Tests
{
    private static IReadOnlyList<CodedEvent> Code(string text) => EngineFixture.Code(text);

    [Theory]
    [InlineData("Police in Cairo detained two foreign journalists.", "MED")]
    [InlineData("Police in Cairo detained two journalists.", "EGYMED")]
    public void A_foreign_agent_takes_no_country_from_its_context(string text, string target) =>
        Assert.Equal(target, Assert.Single(Code(text), e => e.Cameo == "173").Target?.Code);

    [Fact]
    public void An_ousted_president_is_an_elite() =>
        Assert.Equal("SDNELI", Assert.Single(Code("The army in Sudan refused to free the ousted president.")).Target?.Code);

    [Fact]
    public void It_can_stand_for_a_countrys_army() =>
        Assert.Contains(Code("The Israeli army said it was investigating the air strike."), e => e.Cameo == "093" && e.Source?.Code == "ISRMIL");

    [Fact]
    public void A_loan_promised_to_a_country_is_an_economic_pledge()
    {
        var e = Assert.Single(Code("Tokyo promised Manila a loan of two billion dollars."), e => e.CameoRoot == "03");
        Assert.Equal(("JPN", "PHL", "0331"), (e.Source?.Code, e.Target?.Code, e.Cameo));
    }
}
