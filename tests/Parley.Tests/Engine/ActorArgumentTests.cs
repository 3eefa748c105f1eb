using Parley.Events;

namespace Parley.Tests.Engine;

/// <summary>
/// Arguments the actor stage coded belong to the &amp;ACTOR synset, so a pattern can ask for a party: "received
/// Putin" hosts a visit, "received threats" does not; a bare "retaliate" is not force.
/// </summary>
public sealed class ActorArgumentTests
{
    private static IReadOnlyList<CodedEvent> Code(string text) => EngineFixture.Code(text);

    [Fact]
    public void Receiving_a_coded_actor_is_hosting_a_visit()
    {
        var e = Assert.Single(Code("Xi Jinping received Vladimir Putin in Beijing on Tuesday."), e => e.Cameo == "043");
        Assert.Equal(("CHNGOV", "RUSGOV"), (e.Source?.Code, e.Target?.Code));
    }

    [Theory]
    [InlineData("Japan received threats from North Korea.")]
    [InlineData("The ministry received a letter from the embassy.")]
    [InlineData("The Kremlin held elections in March.")]
    public void Receiving_or_holding_a_thing_is_not_hosting(string text) =>
        Assert.DoesNotContain(Code(text), e => e.Cameo == "043");

    [Theory]
    [InlineData("China said it will retaliate.", false)]
    [InlineData("Israel retaliated against Hezbollah positions.", true)]
    public void Retaliation_is_force_only_with_a_target_or_a_military_means(string text, bool force) =>
        Assert.Equal(force, Code(text).Any(e => e.CameoRoot is "19" || e.Cameo.StartsWith("138", StringComparison.Ordinal)));
}
