using Parley.Documents;
using Parley.Events;

namespace Parley.Tests.Engine;

/// <summary>
/// A communist party is a party (agents.txt); the ruling parties of one-party states are their governments
/// (organizations.txt).
/// </summary>
public class CommunistPartyTests
{
    private static IReadOnlyList<CodedEvent> Code(string text)
    {
        var doc = new Document(text, new DocumentMetadata("d", new DateOnly(2020, 1, 1)));
        EngineFixture.Engine.Process(doc);
        return doc.GetLayer<CodedEvents>()!.Items;
    }

    [Fact]
    public void CommunistPartyOfAMultipartyState_IsAParty()
    {
        var events = Code("The Chinese Communist Party praised the Communist Party of Greece on Friday.");
        Assert.Contains(events, e => e.Target?.Code == "GRCPTY");
        Assert.DoesNotContain(events, e => e.Target?.Code == "GRCGOV");
    }

    [Fact]
    public void RulingCommunistParty_IsTheGovernment()
    {
        var events = Code("The Chinese Communist Party praised the Communist Party of Greece on Friday.");
        Assert.Contains(events, e => e.Source?.Code == "CHNGOV");
    }
}
