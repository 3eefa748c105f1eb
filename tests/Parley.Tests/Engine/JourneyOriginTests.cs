using Parley.Documents;
using Parley.Events;

namespace Parley.Tests.Engine;

/// <summary>The "from" phrase of a noun of travel is where the journey starts, not who travels (context.txt journey).</summary>
public class JourneyOriginTests
{
    private static IReadOnlyList<CodedEvent> Code(string text)
    {
        var doc = new Document(text, new DocumentMetadata("d", new DateOnly(2020, 1, 1)));
        EngineFixture.Engine.Process(doc);
        return doc.GetLayer<CodedEvents>()!.Items;
    }

    [Fact]
    public void TripFromACapital_DoesNotMakeItsCountryTheVisitor()
    {
        var events = Code("On the bus trip from Ottawa to Montreal on May 3, the premier was joined by two ministers.");
        Assert.DoesNotContain(events, e => e.Source?.Code == "CAN" && e.Cameo.StartsWith("04", StringComparison.Ordinal));
    }

    [Fact]
    public void ThreatFromACapital_StillComesFromIt()
    {
        var events = Code("Japan faced a new threat from Pyongyang on Monday.");
        Assert.Contains(events, e => e.Source?.Code == "PRK");
    }
}
