using Parley.Events;
using Parley.Tests.Engine;

namespace Parley.Tests.Events;

/// <summary>
/// Causes fixed in the coding specs' round of session 5, each through the whole engine on a sentence of its own: a group
/// named by the party it is made of, a bomb that went off outside a building, a past form the rules lemmatised wrong,
/// a word the tagger read as a verb where only a noun fits, and an infinitive read as an adverb.
/// </summary>
public class FixRoundCodingTests
{
    private static CodedEvent One(string text, string cameoRoot) => EngineFixture.One(text, cameoRoot);

    [Fact]
    public void A_delegation_of_a_parties_officials_is_that_party()
    {
        var e = One("A delegation of Hamas officials travelled to Doha for talks.", "04");
        Assert.Equal("PSEREBHMS", e.Source!.Code);
    }

    [Fact]
    public void A_bomb_that_exploded_outside_a_building_attacks_its_owner()
    {
        var e = One("A car bomb exploded near the defence ministry in Kabul.", "18");
        Assert.Equal("1832", e.Cameo);
        Assert.Equal("UAF", e.Source!.Code);
        Assert.Equal("AFGGOV", e.Target!.Code);
    }

    [Fact]
    public void Raped_is_lemmatised_rape_and_coded_as_sexual_assault()
    {
        var e = One("Militiamen raped women in the village.", "18");
        Assert.Equal("1821", e.Cameo);
    }

    [Fact]
    public void A_verb_tagged_noun_phrase_head_still_names_the_target()
    {
        // "abuses" read as a verb conjoined to "opened": the repair makes it the head of "rights abuses by the army".
        var e = One("The United Nations opened an investigation into alleged rights abuses by the army in Mali.", "09");
        Assert.Equal("MLIMIL", e.Target!.Code);
    }

    [Fact]
    public void Back_after_an_infinitival_to_is_support()
    {
        var e = One("Portugal promised to back Ukraine's bid to join NATO.", "03");
        Assert.Equal("032", e.Cameo);
        Assert.Equal("UKR", e.Target!.Code);
    }
}
