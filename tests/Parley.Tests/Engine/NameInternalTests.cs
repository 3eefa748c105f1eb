using Parley.Documents;
using Parley.Events;

namespace Parley.Tests.Engine;

/// <summary>
/// Words inside a name are not the actor the name stands for: an unknown organisation named "… Union" or "… Bank"
/// takes no sector from its last word, and a country naming a war ("the Vietnam War") is no antecedent.
/// </summary>
public class NameInternalTests
{
    private static IReadOnlyList<CodedEvent> Code(string text)
    {
        var doc = new Document(text, new DocumentMetadata("d", new DateOnly(2020, 1, 1)));
        EngineFixture.Engine.Process(doc);
        return doc.GetLayer<CodedEvents>()!.Items;
    }

    [Fact]
    public void UnknownOrganisationName_DoesNotTakeTheSectorOfItsLastWord()
    {
        var events = Code("The Ocean Justice Union criticized the Kenyan government on Tuesday.");
        Assert.DoesNotContain(events, e => e.Source?.Code is "LAB" or "KENLAB");
    }

    [Fact]
    public void CommonNounUnion_StillCodesLabour()
    {
        var events = Code("The dockworkers' union criticized the Kenyan government on Tuesday.");
        Assert.Contains(events, e => e.Source?.Code is "LAB" or "KENLAB");
    }

    [Fact]
    public void CountryNamingAWar_IsNoAntecedentOfTheGovernment()
    {
        var events = Code("Forty years after the Vietnam War, the Government criticized China for the blockade.");
        Assert.DoesNotContain(events, e => e.Source?.Code == "VNMGOV");
    }

    [Fact]
    public void CountryNamedAlone_StaysTheAntecedentOfTheGovernment()
    {
        var events = Code("Vietnam rejected the claims. The Government criticized China for the blockade.");
        Assert.Contains(events, e => e.Source?.Code == "VNMGOV");
    }

    [Fact]
    public void GovernmentAfterAStateNamedByItsTroops_IsThatStatesGovernment()
    {
        var events = Code("Australian troops crossed the border on Monday. The Government criticized China for the blockade.");
        Assert.Contains(events, e => e.Source?.Code == "AUSGOV");
    }

    [Fact]
    public void BareSurnameInAHistoricalSentence_IsNotTodaysLeader()
    {
        var events = Code("Johnson praised the Canadian government in 1921 and 1925.");
        Assert.DoesNotContain(events, e => e.Source?.Code == "GBRGOV");
    }

    [Fact]
    public void BareSurnameInACurrentSentence_IsStillTheLeader()
    {
        var events = Code("Johnson praised the Canadian government in 2020.");
        Assert.Contains(events, e => e.Source?.Code == "GBRGOV");
    }
}
