using static Parley.Tests.Engine.EngineFixture;

namespace Parley.Tests.Events;

/// <summary>
/// Third round of the precision audit (docs/audit/): ordinary, non-political readings of coded verbs, written as
/// null-code patterns in data/patterns, and the purpose clause "in order to" (data/coding/grammar.txt). Scholars
/// criticising a book are an academic debate; a company announcing flights is business news; delivering a lecture
/// returns nothing; a party wiped out at the polls is no massacre; an abstract subject that "comes" is no visitor;
/// "works as a comedy" is no cooperation; "marking the end of" is no commemoration. The political readings stay coded.
/// </summary>
public sealed class OrdinarySenseTests
{
    [Theory]
    [InlineData("Several Catholic scholars criticized the Pope's new book on the Reformation.")]
    [InlineData("On 3 May, the Indian carrier Air India announced three new flights to Chennai.")]
    [InlineData("The Indian ambassador delivered a lecture on trade to Pakistani students.")]
    [InlineData("The keynote lecture was delivered by the Indian ambassador to Pakistan.")]
    [InlineData("In the 1993 election the Progressive Conservative Party was wiped out by the Liberal Party.")]
    [InlineData("Japanese entry into the war came in the aftermath of the attack on Pearl Harbor.")]
    [InlineData("On one level, the Italian film works as a comedy.")]
    public void An_ordinary_sense_is_no_event(string text) => Assert.Empty(Code(text));

    [Fact]
    public void Marking_an_end_is_no_commemoration()
    {
        var events = Code("The Russian delegation signed the treaty, marking the end of the war.");
        Assert.DoesNotContain(events, e => e.Cameo == "017");
        Assert.Contains(events, e => e.Cameo == "057");
    }

    [Fact]
    public void The_act_of_an_in_order_to_clause_is_not_done()
    {
        var events = Code("Polish troops were sent to the border in order to attack the rebels.");
        Assert.DoesNotContain(events, e => e.CameoRoot == "19");
        Assert.Contains(events, e => e.CameoRoot == "15");
    }

    [Theory]
    [InlineData("The army criticized the ministry.", "111")]
    [InlineData("The President announced new sanctions on Iran.", "163")]
    [InlineData("Pakistan delivered the prisoners to India.", "0841")]
    [InlineData("Russian troops wiped out the village in Chechnya.", "202")]
    [InlineData("The Russian president arrived in Beijing for talks.", "042")]
    [InlineData("The French president marked the anniversary of the armistice in Paris.", "017")]
    public void The_political_reading_still_codes(string text, string cameo) =>
        Assert.Contains(Code(text), e => e.Cameo == cameo);
}
