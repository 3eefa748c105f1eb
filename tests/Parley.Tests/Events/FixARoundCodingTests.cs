using Parley.Events;
using Parley.Tests.Engine;

namespace Parley.Tests.Events;

/// <summary>
/// Causes fixed by helper fixA in session 5, each through the whole engine on a sentence of its own: "it" standing
/// for an international organization, and a country's "positions" read as its forces.
/// </summary>
public class FixARoundCodingTests
{
    private static CodedEvent One(string text, string cameoRoot) =>
        Assert.Single(EngineFixture.Code(text), e => e.CameoRoot == cameoRoot);

    [Fact]
    public void It_after_an_organization_is_that_organization()
    {
        var e = One("The World Bank said it welcomed the budget adopted by the Ghanaian parliament.", "05");
        Assert.Equal("IGOUNODEVWBK", e.Source!.Code);
        Assert.Equal("GHALEG", e.Target!.Code);
    }

    [Fact]
    public void A_countrys_positions_are_its_forces()
    {
        var e = One("Sudanese troops shelled Ethiopian positions overnight.", "19");
        Assert.Equal("ETHMIL", e.Target!.Code);
    }
}
