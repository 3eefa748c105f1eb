using Parley.Documents;
using Parley.Events;

namespace Parley.Tests.Engine;

/// <summary>A person named on an impersonator or a portrait is no party (data/coding/grammar.txt depiction).</summary>
public class DepictionTests
{
    private static IReadOnlyList<CodedEvent> Code(string text)
    {
        var doc = new Document(text, new DocumentMetadata("d", new DateOnly(2020, 1, 1)));
        EngineFixture.Engine.Process(doc);
        return doc.GetLayer<CodedEvents>()!.Items;
    }

    [Fact]
    public void Impersonator_IsNotThePersonImpersonated()
    {
        var events = Code("An Angela Merkel impersonator criticized the German government on Monday.");
        Assert.DoesNotContain(events, e => e.Source?.Code == "DEUGOV");
    }

    [Fact]
    public void PersonsAdministration_StillStandsForThem()
    {
        var events = Code("The Trump administration criticized China on Monday.");
        Assert.Contains(events, e => e.Source?.Code == "USAGOV" && e.Target?.Code == "CHN");
    }
}
