using Parley.Patterns;
using Parley.Tests.Ontology;
using static Parley.Tests.Engine.EngineFixture;

namespace Parley.Tests.Events;

/// <summary>
/// Readings that are no event, found by the precision audit of real text (docs/audit/): an electoral defeat is no
/// use of force, a light "take" (office, place, measures) no abduction, a bare decision no intent, sitting in a body no meeting, political backing no aid, a capitalised word inside a sentence part of a name; the null code
/// <c>---</c> of the pattern files says so and consumes the predicate, while the violent and hostile readings stay.
/// </summary>
public sealed class NonEventSenseTests
{
    [Theory]
    [InlineData("The senator was defeated in the 2022 election by a Green Party candidate.")]
    [InlineData("In the 2019 presidential election, the mayor of Lyon defeated three rival candidates.")]
    [InlineData("The governor had beaten his challenger for the presidency in 2004.")]
    public void An_electoral_defeat_is_no_use_of_force(string text) =>
        Assert.DoesNotContain(Code(text), e => e.CameoRoot is "18" or "19");

    [Fact]
    public void A_defeat_of_armed_enemies_is_still_force() =>
        Assert.Contains(Code("The Iraqi army defeated the rebels near Mosul."), e => e.CameoRoot == "19");

    [Theory]
    [InlineData("The Dutch government took office in 2017.")]
    [InlineData("The summit of Nordic ministers took place in Oslo.")]
    [InlineData("The Kenyan authorities have taken a cautious approach to the crisis.")]
    public void A_light_take_is_no_abduction(string text) =>
        Assert.DoesNotContain(Code(text), e => e.Cameo == "181");

    [Fact]
    public void Taking_hostages_is_still_an_abduction() =>
        Assert.Contains(Code("Gunmen took three Italian engineers hostage in Niger."), e => e.Cameo == "181");

    [Fact]
    public void A_bare_decision_is_no_intent_to_cooperate() =>
        Assert.DoesNotContain(Code("The Canadian cabinet's decision was criticised by the press."), e => e.Cameo == "030");

    [Fact]
    public void Parliamentary_support_endorses_and_popular_support_is_no_event()
    {
        Assert.Contains(Code("The Swedish cabinet relies on parliamentary support from the Centre Party."), e => e.Cameo == "051");
        Assert.DoesNotContain(Code("The Swedish cabinet relies on parliamentary support from the Centre Party."), e => e.CameoRoot == "07");
        Assert.Empty(Code("The Bolivian president still enjoys wide popular support in the highlands."));
    }

    [Theory]
    [InlineData("The new Bundestag will sit for the first time in October.")]
    [InlineData("The Irish MEP sits with the Greens group in Strasbourg.")]
    public void Sitting_in_a_body_is_no_meeting(string text) =>
        Assert.DoesNotContain(Code(text), e => e.CameoRoot == "04");

    [Fact]
    public void Sitting_with_a_counterpart_is_still_a_meeting() =>
        Assert.Contains(Code("The Greek prime minister sat with the Turkish president in Ankara."), e => e.CameoRoot == "04");

    [Fact]
    public void A_capitalised_predicate_inside_a_sentence_is_part_of_a_name()
    {
        Assert.DoesNotContain(Code("In 1951, the Greek Rally of retired General Plastiras swept the election."), e => e.CameoRoot == "14");
        Assert.Contains(Code("In 1951, the Greek rally of retired General Plastiras swept the election."), e => e.CameoRoot == "14");
    }

    [Fact]
    public void A_title_case_headline_still_codes_its_verb() =>
        Assert.Contains(Code("Germany Condemns Russian Attack On Kyiv"), e => e.CameoRoot is "11" or "19");

    [Fact]
    public void The_null_code_loads_and_wins_as_a_pattern()
    {
        var text = "verb defeat\n  190 obj:*\n  --- obj:candidate\n";
        var result = PatternDictionary.Load([TempFile.Folder(("p.txt", text))], RepoData.Cameo);
        Assert.True(result.Diagnostics.IsEmpty, string.Join('\n', result.Diagnostics));
        var best = result.Value!.FindBest(new Frame("defeat") { Object = new FrameArgument("candidate") });
        Assert.Equal(Pattern.NullCode, best?.Pattern.Cameo);
    }
}
