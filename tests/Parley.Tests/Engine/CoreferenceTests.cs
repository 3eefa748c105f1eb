using Parley.Documents;
using Parley.Events;

namespace Parley.Tests.Engine;

/// <summary>Every kind of coreference the coder resolves, through the whole engine on short texts.</summary>
public class CoreferenceTests
{
    private static IReadOnlyList<CodedEvent> Code(string text)
    {
        var doc = new Document(text, new DocumentMetadata("c", new DateOnly(2018, 7, 19)));
        EngineFixture.Engine.Process(doc);
        return doc.GetLayer<CodedEvents>()!.Items;
    }

    public static TheoryData<string, string, string, string> Cases => new()
    {
        // text, the anaphoric words, the code they must resolve to, the role they play
        { "Russian President Vladimir Putin arrived in Beijing. He met Chinese President Xi Jinping on Monday.", "He", "RUSGOV", "source" },
        { "Donald Trump spoke to reporters. The president criticized China.", "The president", "USAGOV", "source" },
        { "China launched new military drills near Taiwan. It also condemned Japan.", "It", "CHN", "source" },
        { "Donald Trump met with North Korean leader Kim Jong Un in Singapore. They signed a joint statement.", "They", "USAGOV", "source" },
        { "Donald Trump met with North Korean leader Kim Jong Un in Singapore. They signed a joint statement.", "They", "PRKGOV", "source" },
        { "North Korea tested a missile. The United States imposed sanctions on the regime.", "the regime", "PRKGOV", "target" },
        { "Mike Pompeo flew to Pyongyang to meet North Korean officials. The United States praised the communist country.", "the communist country", "PRK", "target" },
        { "Peru's interior minister said she would meet Chilean officials next week.", "she", "PERGOV", "source" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Resolves(string text, string words, string code, string role)
    {
        var events = Code(text);
        var actors = events.Select(e => role == "source" ? e.Source : e.Target).OfType<EventActor>();
        Assert.Contains(actors, a => a.Text == words && a.Code == code && a.Via.Contains("coreference", StringComparison.Ordinal));
    }

    [Fact]
    public void AnUnnamedOfficeHolder_IsReadOnlyWithinItsSentence()
    {
        var events = Code("Peru's interior minister left Lima on Monday. She met Chilean officials in Santiago.");
        Assert.DoesNotContain(events, e => e.Source is { Text: "She" });
    }

    [Fact]
    public void BothCountries_AreTheLastTwoCountriesNamed()
    {
        var events = Code("Donald Trump met with North Korean leader Kim Jong Un in Singapore. Both countries agreed to renew relations.");
        var sources = events.Where(e => e.Source?.Text == "Both countries").Select(e => e.Source!.Country).Order(StringComparer.Ordinal);
        Assert.Equal(["PRK", "USA"], sources);
    }
}

/// <summary>A person's role is chosen for the event's date when the text gives one, not only the publication date's.</summary>
public class EventDateRoleTests
{
    [Theory]
    [InlineData("In 2019, Donald Trump met with Kim Jong Un in Hanoi.", "USAGOV")]
    [InlineData("In 2014, Donald Trump met with Kim Jong Un in Hanoi.", "USABUS")]
    [InlineData("In 2023, Donald Trump met with Kim Jong Un in Hanoi.", "USAPTY")]
    public void Role_FollowsTheEventDate(string text, string code)
    {
        var doc = new Parley.Documents.Document(text, new Parley.Documents.DocumentMetadata("d", new DateOnly(2026, 3, 1)));
        EngineFixture.Engine.Process(doc);
        var e = Assert.Single(doc.GetLayer<Parley.Events.CodedEvents>()!.Items, e => e.CameoRoot == "04");
        Assert.Equal(code, e.Source!.Code);
    }
}
