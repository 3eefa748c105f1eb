using static Parley.Tests.Engine.EngineFixture;

namespace Parley.Tests.Frames;

/// <summary>
/// "many of them farmers" says who a group is, it adds no party (<c>AppositionRepair</c>): the parser's conjunct
/// becomes an apposition, and the act has one source.
/// </summary>
public sealed class AppositionRepairTests
{
    [Fact]
    public void A_quantified_apposition_is_no_second_source()
    {
        var e = Assert.Single(Code("Supporters of the opposition party, many of them farmers, rallied in Harare on Sunday."));
        Assert.Equal(("ZWEOPP", "ZWEGOV", "141"), Dyad(e));
    }

    [Fact]
    public void A_real_coordination_keeps_both_sources()
    {
        var events = Code("Farmers and students rallied in Harare on Sunday.");
        Assert.Equal(2, events.Count(e => e.Cameo == "141"));
    }
}
