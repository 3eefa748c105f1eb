using static Parley.Tests.Engine.EngineFixture;

namespace Parley.Tests.Events;

/// <summary>
/// A reported mood ("said he was optimistic about …", "said he was worried about …") is an optimistic or pessimistic
/// comment (013, 012), and the adjective's own phrase names its target; a warning about an impersonal development
/// ("warned that inflation would rise") is a pessimistic comment, not a threat.
/// </summary>
public sealed class ReportedMoodTests
{
    [Fact]
    public void Saying_one_is_optimistic_about_talks_with_a_country_is_an_optimistic_comment_on_it() =>
        Has("Peru's foreign minister said on Monday he was optimistic about the negotiations with Chile.", "PERGOV", "CHL", "013");

    [Fact]
    public void Saying_one_is_worried_is_a_pessimistic_comment() =>
        Has("The Kenyan president said he was worried about the fighting in Sudan.", "KENGOV", null, "012");

    [Fact]
    public void A_warning_about_an_impersonal_development_is_a_pessimistic_comment_not_a_threat()
    {
        var e = Assert.Single(Code("The Kenyan finance minister warned that inflation would rise sharply next year."));
        Assert.Equal(("KENGOV", null, "012"), Dyad(e));
    }
}
