using Parley.Actors;
using Parley.Documents;
using Parley.Tests.Engine;

namespace Parley.Tests.Actors;

/// <summary>
/// A bare surname with no earlier full mention and no title ("Zelensky and Netanyahu spoke") is the one person in government
/// with that surname on the date, when the recognizer tags it as a person; otherwise it stays unresolved.
/// </summary>
public sealed class LeaderSurnameTests
{
    private static IReadOnlyList<ActorMention> Mentions(string text, DateOnly date)
    {
        var doc = new Document(text, new DocumentMetadata("t", date));
        EngineFixture.Engine.Process(doc);
        return doc.GetLayer<ActorMentions>()!.Items;
    }

    [Fact]
    public void Bare_surnames_of_leaders_resolve_for_the_date()
    {
        var mentions = Mentions("Zelensky and Netanyahu spoke.", new DateOnly(2024, 5, 1));
        Assert.Equal(["UKRGOV", "ISRGOV"], mentions.Select(m => m.Code));
        Assert.All(mentions, m => Assert.Equal("leader-surname", m.Rule));
    }

    [Fact]
    public void A_surname_whose_bearer_is_not_in_government_on_the_date_stays_unresolved() =>
        Assert.DoesNotContain(Mentions("Zelensky performed in Kyiv.", new DateOnly(2015, 5, 1)), m => m.Text == "Zelensky");

    [Fact]
    public void A_month_is_not_a_surname() =>
        Assert.DoesNotContain(Mentions("In May, elections were held in Britain.", new DateOnly(2018, 5, 1)), m => m.Text == "May");

    [Fact]
    public void An_untagged_proper_noun_subject_of_a_headline_is_the_leader_with_that_surname()
    {
        var erdogan = Assert.Single(Mentions("Erdogan warns Greece over Aegean islands", new DateOnly(2024, 5, 1)), m => m.Text == "Erdogan");
        Assert.Equal(("TURGOV", "leader-surname"), (erdogan.Code, erdogan.Rule));
    }

    [Fact]
    public void In_an_undated_document_a_surname_is_the_leader_still_in_government()
    {
        var doc = new Document("Erdogan warns Greece over Aegean islands", new DocumentMetadata("t"));
        EngineFixture.Engine.Process(doc);
        Assert.Contains(doc.GetLayer<ActorMentions>()!.Items, m => m.Text == "Erdogan" && m.Code == "TURGOV");
    }
}
