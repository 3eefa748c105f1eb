using Parley.Documents;
using Parley.Events;

namespace Parley.Tests.Engine;

/// <summary>
/// Coding choices fixed from the coding-spec failures: the matter of "help with" is no partner, a debt written off
/// is its owner's, a convoy is aid only when it carries aid.
/// </summary>
public sealed class CodingSpecFixTests
{
    private static IReadOnlyList<CodedEvent> Code(string text)
    {
        var doc = new Document(text, new DocumentMetadata("t", new DateOnly(2024, 5, 1)));
        EngineFixture.Engine.Process(doc);
        return doc.GetLayer<CodedEvents>()!.Items;
    }

    [Fact]
    public void Help_with_a_country_does_not_help_that_country()
    {
        var e = Assert.Single(Code("Japan agreed to help with North Korea."), e => e.CameoRoot == "03");
        Assert.Equal(("JPN", null), (e.Source?.Code, e.Target?.Code));
    }

    [Fact]
    public void Cooperating_with_a_country_still_targets_it()
    {
        var e = Assert.Single(Code("Japan agreed to cooperate with India."), e => e.CameoRoot == "03");
        Assert.Equal("IND", e.Target?.Code);
    }

    [Theory]
    [InlineData("China wrote off Zambia's debt.", "ZMB")]
    [InlineData("Kuwait wrote off the debts of Sudan.", "SDN")]
    public void A_debt_written_off_is_aid_to_its_debtor(string text, string debtor)
    {
        var e = Assert.Single(Code(text), e => e.Cameo == "071");
        Assert.Equal(debtor, e.Target?.Code);
    }

    [Fact]
    public void A_military_convoy_is_no_aid() =>
        Assert.DoesNotContain(Code("Gunmen ambushed a military convoy in northern Mali."), e => e.CameoRoot == "07");
}
