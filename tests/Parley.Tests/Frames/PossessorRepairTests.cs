using Parley.Documents;
using static Parley.Tests.Engine.EngineFixture;

namespace Parley.Tests.Frames;

/// <summary>
/// A possessor the actors stage joined to its agent ("Jordan's king") but the parser hung on a later noun is given
/// back to the agent (<c>PossessorRepair</c>), so that noun's own modifier names whose it is.
/// </summary>
public sealed class PossessorRepairTests
{
    [Fact]
    public void Rejecting_opposition_demands_targets_the_opposition_not_the_kings_country() =>
        Has("Jordan's king rejected opposition demands for early elections.", "JORGOV", "JOROPP", "1234");

    [Fact]
    public void The_possessor_hangs_on_the_agent_after_the_repair()
    {
        var doc = new Document("Jordan's king rejected opposition demands for early elections.", new DocumentMetadata("t", new DateOnly(2024, 5, 1)));
        Parley.Tests.Engine.EngineFixture.Engine.Process(doc);
        Assert.Equal(2, doc.Tokens[0].Head);
    }
}
