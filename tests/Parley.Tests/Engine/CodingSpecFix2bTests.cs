using Parley.Events;

namespace Parley.Tests.Engine;

/// <summary>
/// Coding choices fixed from the coding-spec failures of protest, reject, request, retreat, threaten, mobilize,
/// sanction and statements (round 2b): an irregular past form the tagger misses, the infinitive of a rejected call.
/// </summary>
public sealed class CodingSpecFix2bTests
{
    private static IReadOnlyList<CodedEvent> Code(string text) => EngineFixture.Code(text);

    [Fact]
    public void An_unlearned_irregular_past_form_after_the_subject_is_the_verb()
    {
        var e = Assert.Single(Code("The Asian Development Bank froze its loans to Laos."));
        Assert.Equal(("1621", "LAO"), (e.Cameo, e.Target?.Code));
    }

    [Fact]
    public void What_a_rejected_call_asks_for_is_what_is_rejected() =>
        Assert.Contains(Code("The Danish government rejected calls to reverse its policy on asylum."), e => e.Cameo == "1232");

    [Theory]
    [InlineData("Jordan refused to cooperate with Syria on reopening the border.", "0872")]
    [InlineData("Kenya demanded that the rebels lay down their weapons and return to their villages.", "042")]
    [InlineData("Lebanon urged the IMF to release the loan it had promised.", "030")]
    public void A_verb_inside_a_controlled_act_is_no_act_of_its_own(string text, string absent)
    {
        var events = Code(text);
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Cameo == absent);
    }

    [Fact]
    public void Insisting_on_a_subjunctive_clause_is_a_demand()
    {
        var e = Assert.Single(Code("The Greek foreign minister insisted that Turkey withdraw its troops from Cyprus."));
        Assert.Equal(("GRCGOV", "TUR", "10"), (e.Source?.Code, e.Target?.Code, e.CameoRoot));
    }

    [Fact]
    public void Insisting_that_something_happened_reports_it() =>
        Assert.DoesNotContain(Code("The Greek foreign minister insisted that Turkey had withdrawn its troops from Cyprus."), e => e.CameoRoot == "10");

    [Fact]
    public void The_subject_of_a_copula_does_the_noun_predicate()
    {
        var e = Assert.Single(Code("A Saudi blogger has been on hunger strike since March."));
        Assert.Equal(("SAUMED", "142"), (e.Source?.Code, e.Cameo));
    }

    [Theory]
    [InlineData("Angry youths rioted in Lyon to demand jobs.", "FRAOPP")]
    [InlineData("Japanese business groups urged the government to cut taxes.", "JPNBUS")]
    public void Youths_and_business_groups_are_actors(string text, string source) =>
        Assert.Contains(Code(text), e => e.Source?.Code == source);

    [Fact]
    public void A_named_past_event_is_no_new_event()
    {
        Assert.DoesNotContain(Code("The Czech president opened an exhibition on the Prague Uprising."), e => e.CameoRoot == "14");
        Assert.Contains(Code("Students staged an uprising in Prague."), e => e.CameoRoot == "14");
    }

    [Fact]
    public void An_event_noun_tagged_as_an_adjective_heads_its_object()
    {
        var e = Assert.Single(Code("Russia threatened to launch a ground offensive against Ukrainian troops in Kharkiv."), e => e.CameoRoot == "13");
        Assert.Equal("UKRMIL", e.Target?.Code);
    }
}
