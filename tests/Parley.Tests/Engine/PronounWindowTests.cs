using Parley.Documents;
using Parley.Events;

namespace Parley.Tests.Engine;

/// <summary>A person pronoun reaches back at most a few sentences (data/coding/coreference.txt person-window).</summary>
public class PronounWindowTests
{
    private static IReadOnlyList<CodedEvent> Code(string text)
    {
        var doc = new Document(text, new DocumentMetadata("w", new DateOnly(2020, 1, 1)));
        EngineFixture.Engine.Process(doc);
        return doc.GetLayer<CodedEvents>()!.Items;
    }

    private const string Unrelated = "The river rose after a week of rain. Several roads were closed. Schools stayed shut on Tuesday. "
        + "Farmers counted their losses. ";

    [Fact]
    public void PronounFarFromTheLastNamedPerson_IsNotResolvedToThem()
    {
        var events = Code("Justin Trudeau arrived in Lima on Monday. " + Unrelated + "He criticized Japan.");
        Assert.DoesNotContain(events, e => e.Source is { Text: "He", Country: "CAN" });
    }

    [Fact]
    public void PronounNearTheLastNamedPerson_StillResolves()
    {
        var events = Code(Unrelated + "Justin Trudeau arrived in Lima on Monday. Several roads were closed. He criticized Japan.");
        Assert.Contains(events, e => e.Source is { Text: "He", Code: "CANGOV" } && e.Target?.Code == "JPN");
    }
}
