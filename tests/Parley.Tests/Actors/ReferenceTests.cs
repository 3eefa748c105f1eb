using Parley.Actors;
using Parley.Documents;
using Parley.Events;
using Parley.Tests.Engine;
using Parley.Tests.Tokenization;

namespace Parley.Tests.Actors;

/// <summary>
/// The document-level coreference pass (<see cref="ActorReferenceStage"/>) through the whole engine: every kind of
/// coreferent mention, its code and its antecedent in the actor listing, and the same code in the events.
/// </summary>
public class ReferenceTests
{
    internal static Document Process(string text, DateOnly date)
    {
        var doc = new Document(text, new DocumentMetadata("r", date));
        EngineFixture.Engine.Process(doc);
        return doc;
    }

    /// <summary>Text, the coreferent words, the codes they resolve to (sorted, '+'-joined), the antecedents' names ('+'-joined, same order), the kind.</summary>
    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        { "Donald Trump arrived in Helsinki. Trump spoke to reporters.", "Trump", "USAGOV", "Donald Trump", "surname" },
        { "Russian President Vladimir Putin arrived. Later, President Putin met reporters.", "President Putin", "RUSGOV", "Vladimir Putin", "surname" },
        { "Donald Trump spoke to reporters. The president criticized China.", "The president", "USAGOV", "Donald Trump", "title" },
        { "Kim Jong Un arrived in Singapore. The North Korean leader met Donald Trump.", "The North Korean leader", "PRKGOV", "Kim Jong Un", "title" },
        { "Russian President Vladimir Putin arrived in Beijing. He met Chinese President Xi Jinping on Monday.", "He", "RUSGOV", "Vladimir Putin", "pronoun" },
        { "Angela Merkel arrived in Paris. She met Emmanuel Macron.", "She", "DEUGOV", "Angela Merkel", "pronoun" },
        { "China launched new military drills near Taiwan. It also condemned Japan.", "It", "CHN", "China", "pronoun" },
        { "North Korea destroyed its nuclear testing site.", "its", "PRK", "North Korea", "pronoun" },
        { "Donald Trump met with North Korean leader Kim Jong Un in Singapore. They signed a joint statement.", "They", "PRKGOV+USAGOV", "Kim Jong Un+Donald Trump", "plural" },
        { "Serbia and Kosovo held talks in Brussels. They agreed to normalise relations.", "They", "KSV+SRB", "Kosovo+Serbia", "plural" },
        { "Mike Pompeo arrived in Pyongyang. His visit lasted two days.", "His", "USAGOV", "Mike Pompeo", "pronoun" },
        { "North Korea tested a missile. The United States imposed sanctions on the regime.", "the regime", "PRKGOV", "North Korea", "description" },
        { "North Korea tested a missile. Pyongyang said the test succeeded. Japan criticized the communist country.", "the communist country", "PRK", "North Korea", "description" },
        { "Saudi Arabia hosted the talks. Iran criticized the kingdom.", "the kingdom", "SAU", "Saudi Arabia", "description" },
        { "Taiwan held elections. China warned the island.", "the island", "TWN", "Taiwan", "description" },
        { "Donald Trump met with North Korean leader Kim Jong Un in Singapore. Both countries agreed to renew relations.", "Both countries", "PRK+USA", "Kim Jong Un+Donald Trump", "pair" },
        { "Armenia and Azerbaijan signed a peace accord. The two countries agreed to open their borders.", "The two countries", "ARM+AZE", "Armenia+Azerbaijan", "pair" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Listing_ResolvesEveryKindOfReference(string text, string words, string codes, string names, string kind)
    {
        var doc = Process(text, new DateOnly(2018, 7, 19));
        var rows = ActorListing.Rows(doc).Where(r => r.Text == words).OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(rows);
        Assert.Equal(codes, string.Join('+', rows.Select(r => r.Code)));
        Assert.Equal(names, string.Join('+', rows.Select(r => r.Name)));
        Assert.All(rows, r => Assert.NotNull(r.Antecedent));
        Assert.All(rows, r => Assert.True(r.Antecedent!.End <= r.Start, $"antecedent {r.Antecedent} after {r.Text}"));
        var reference = Assert.Single(doc.GetLayer<ActorReferences>()!.Items, r => r.Text == words);
        Assert.Equal(kind, reference.Kind.ToString().ToLowerInvariant());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Events_CodeAReferenceAsTheListingDoes(string text, string words, string codes, string names, string kind)
    {
        _ = (names, kind);
        var doc = Process(text, new DateOnly(2018, 7, 19));
        var listed = ActorListing.Rows(doc).Where(r => r.Text == words).Select(r => r.Code).ToHashSet();
        var inEvents = doc.GetLayer<CodedEvents>()!.Items.SelectMany(e => new[] { e.Source, e.Target }).OfType<EventActor>()
            .Where(a => a.Text == words).Select(a => a.Code).ToList();
        Assert.All(inEvents, c => Assert.Contains(c, listed));
        Assert.All(inEvents, c => Assert.Contains(c, codes.Split('+')));
    }

    [Fact]
    public void Sample_EveryEventReferenceIsListedWithTheSameCode()
    {
        var doc = Process(File.ReadAllText(RepoPaths.Sample), new DateOnly(2018, 7, 19));
        var rows = ActorListing.Rows(doc);
        var references = doc.GetLayer<CodedEvents>()!.Items.SelectMany(e => new[] { e.Source, e.Target }).OfType<EventActor>()
            .Where(a => a.Via.Contains("coreference", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(references);
        Assert.All(references, a => Assert.Contains(rows, r => r.Start == a.Start && r.End == a.End && r.Code == a.Code));
    }

    [Fact]
    public void ExpletiveIt_RefersToNothing()
    {
        var doc = Process("China launched drills. It is unclear whether Japan will respond.", new DateOnly(2020, 1, 1));
        Assert.DoesNotContain(ActorListing.Rows(doc), r => r.Text == "It");
    }

    [Fact]
    public void NoReference_WithoutAnAntecedent()
    {
        var doc = Process("He said the regime would fall. They left.", new DateOnly(2018, 7, 19));
        Assert.Empty(doc.GetLayer<ActorReferences>()!.Items);
        Assert.DoesNotContain(ActorListing.Rows(doc), r => r.Antecedent is not null);
    }
}
