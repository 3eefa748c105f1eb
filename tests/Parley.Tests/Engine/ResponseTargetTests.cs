using Parley.Events;

namespace Parley.Tests.Engine;

/// <summary>
/// A response that names no target answers whoever last acted against its source (data/coding/grammar.txt,
/// <c>respond</c>; Events/ResponseTargets).
/// </summary>
public sealed class ResponseTargetTests
{
    private static IReadOnlyList<CodedEvent> Code(string text) => EngineFixture.Code(text);

    [Fact]
    public void A_response_answers_the_last_actor_against_its_source()
    {
        var e = Assert.Single(Code("North Korea threatened Japan. Japan responded with sanctions."), e => e.CameoRoot == "16");
        Assert.Equal(("JPN", "PRK"), (e.Source?.Code, e.Target?.Code));
        Assert.EndsWith("+response", e.Target!.Via, StringComparison.Ordinal);
    }

    [Fact]
    public void An_act_that_is_not_a_response_keeps_no_target()
    {
        var e = Assert.Single(Code("North Korea threatened Japan. Japan announced new sanctions."), e => e.CameoRoot == "16");
        Assert.Null(e.Target);
    }

    [Fact]
    public void A_response_looks_back_two_sentences_at_most()
    {
        var events = Code("North Korea threatened Japan. Talks failed. Prices rose. Japan responded with sanctions.");
        Assert.Null(Assert.Single(events, e => e.CameoRoot == "16").Target);
    }
}
