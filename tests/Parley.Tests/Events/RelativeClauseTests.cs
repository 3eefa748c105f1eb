using static Parley.Tests.Engine.EngineFixture;

namespace Parley.Tests.Events;

/// <summary>A relative pronoun subject stands for the noun its clause hangs on, through the whole engine.</summary>
public sealed class RelativeClauseTests
{
    [Fact]
    public void The_verb_after_a_relative_clause_is_done_by_its_antecedent()
    {
        var events = Code("Turkey, which has brokered several ceasefires, mediated between Azerbaijan and Armenia over the return of prisoners.");
        Assert.Contains(events, e => Dyad(e) == ("TUR", "AZE", "045"));
        Assert.Contains(events, e => Dyad(e) == ("TUR", "ARM", "045"));
    }

    [Fact]
    public void A_relative_clause_read_as_a_parataxis_still_stands_for_its_antecedent()
    {
        var events = Code("Brazil and Paraguay, which share one of the largest dams in the world, pledged on Monday to cooperate in protecting the river.");
        Assert.Contains(events, e => (e.Source?.Code, e.Target?.Code) == ("BRA", "PRY"));
        Assert.Contains(events, e => (e.Source?.Code, e.Target?.Code) == ("PRY", "BRA"));
    }
}
