using static Parley.Tests.Engine.EngineFixture;

namespace Parley.Tests.Events;

/// <summary>
/// Who does an event noun that is not a verb's object: the agent of the passive it is the subject of, the "from"
/// phrase of a verb of origin; where the governing verb sends it is its addressee; an obl:agent after "to" is the
/// recipient; a noun a later passive verb codes is not coded again; conjoined passives share patient and agent.
/// </summary>
public sealed class NounAgentTests
{
    [Fact]
    public void The_agent_of_a_passive_does_its_subject_noun_and_the_destination_is_the_target() =>
        Has("An appeal for calm was sent to Nairobi by the Ethiopian foreign ministry.", "ETHGOV", "KEN", "0256");

    [Fact]
    public void A_reciprocal_noun_carried_out_by_two_parties_goes_each_way()
    {
        var events = Code("An exchange of prisoners was carried out by Sudan and South Sudan near the border.");
        Assert.Equal([("SDN", "SSD", "0841"), ("SSD", "SDN", "0841")], events.Select(Dyad).Order().ToArray());
    }

    [Fact]
    public void The_from_phrase_of_a_verb_of_origin_does_its_subject_noun() =>
        Has("Praise for Ghana's election came from the British foreign secretary.", "GBRGOV", "GHA", "051");

    [Fact]
    public void An_agent_label_after_to_is_the_recipient_not_the_agent() =>
        Has("A list of demands was handed to the Peruvian government by the opposition on Monday.", "PEROPP", "PERGOV", "100");

    [Fact]
    public void A_passive_patient_noun_is_coded_once_by_its_verb()
    {
        var e = Assert.Single(Code("Demonstrators were dispersed by riot police in Lima on Sunday."));
        Assert.Equal(("PERCOP", "PEROPP", "175"), Dyad(e));
    }

    [Fact]
    public void An_actor_word_read_as_a_modifier_of_a_subjectless_verb_is_its_subject() =>
        Has("The Russian military scaled down its exercises near Finland on Monday.", "RUSMIL", "FIN", "087");

    [Fact]
    public void Conjoined_passives_share_their_patient_and_their_agent()
    {
        var events = Code("Two journalists were detained and beaten by police in Harare.");
        Assert.Contains(events, e => Dyad(e) == ("ZWECOP", "ZWEMED", "173"));
        Assert.Contains(events, e => Dyad(e) == ("ZWECOP", "ZWEMED", "182"));
    }
}
