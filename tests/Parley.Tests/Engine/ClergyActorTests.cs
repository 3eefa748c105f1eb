using Parley.Documents;
using Parley.Events;

namespace Parley.Tests.Engine;

/// <summary>
/// A minister of religion is clergy (REL in the CAMEO actor codebook), not government: a denomination before
/// "minister" and the titles "Reverend" and "Pastor" give REL, while "minister" alone and government ministers stay GOV.
/// </summary>
public class ClergyActorTests
{
    private static IReadOnlyList<CodedEvent> Code(string text)
    {
        var doc = new Document(text, new DocumentMetadata("d", new DateOnly(2020, 1, 1)));
        EngineFixture.Engine.Process(doc);
        return doc.GetLayer<CodedEvents>()!.Items;
    }

    [Fact]
    public void DenominationalMinister_IsClergyNotGovernment()
    {
        var events = Code("A Presbyterian minister criticized the Kenyan government on Tuesday.");
        Assert.Contains(events, e => e.Source?.Code is "REL" or "KENREL");
        Assert.DoesNotContain(events, e => e.Source?.Code is "GOV" or "KENGOV");
    }

    [Fact]
    public void ReverendBeforeAName_IsClergy()
    {
        var events = Code("Reverend Samuel Okoth criticized the Kenyan government on Tuesday.");
        Assert.Contains(events, e => e.Source?.Code is "REL" or "KENREL");
    }

    [Fact]
    public void GovernmentMinister_StaysGovernment()
    {
        var events = Code("The Kenyan finance minister criticized the Ugandan government on Tuesday.");
        Assert.Contains(events, e => e.Source?.Code?.StartsWith("KENGOV", StringComparison.Ordinal) == true);
    }
}
