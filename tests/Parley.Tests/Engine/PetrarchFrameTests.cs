namespace Parley.Tests.Engine;

/// <summary>
/// How Parley builds frames and finds targets for PETRARCH's dictionaries (the 2_02 suite's own, alone), on sentences
/// written for these tests: each fact is one general cause of a suite failure.
/// </summary>
public sealed class PetrarchFrameTests
{
    private static List<string> Events(string text) =>
        PetrarchSuites.SortedEvents(PetrarchSuites.CurrentEngine.Value, text, new DateOnly(1995, 1, 1));

    [Fact]
    public void A_clause_reported_by_indicate_is_coded_with_its_pronoun_subject_resolved()
    {
        // "indicated" reports speech: its clause is an act of its own, and "it" is Rohan (a PETRARCH actor has no
        // country Parley can split from its code, yet names a state).
        Assert.Equal(["ROH MOR 111"], Events("Rohan indicated that it deplored Mordor's raids."));
    }

    [Fact]
    public void The_infinitive_of_a_passive_raising_verb_is_an_act_of_the_passive_subject()
    {
        // "was seen to break into": the act is Rohan's break (120), the statement of "see" gives way to it.
        Assert.Equal(["ROH MOR 120"], Events("Rohan was seen to break into a rally of Mordor."));
        Assert.Equal(["ROH MOR 111"], Events("Rohan is believed to deplore Mordor's raids."));
    }

    [Fact]
    public void A_subject_the_parse_marks_passive_is_the_target_of_the_actor_after_the_verb_unless_the_act_goes_there()
    {
        // nsubj:pass, no agent: PETRARCH reads the first actor after the verb as the one who acted.
        Assert.Equal(["MOR GONMIL 190"], Events("A Gondor soldier was shot near the border in Mordor."));
        // "on his way to Mordor": where the act goes is no agent.
        Assert.Empty(Events("A Gondor soldier was shot on his way to Mordor."));
    }

    [Fact]
    public void A_bare_agent_takes_the_code_of_its_possessor()
    {
        // The adjectives keep "Rohan's … minister" from being one actor phrase; the possessor still owns the agent.
        Assert.Equal(["ROHGOV MOR 130"], Events("Rohan's old and weary minister warned about Mordor."));
    }

    [Fact]
    public void A_country_and_a_countryless_agent_further_in_its_phrase_make_one_actor()
    {
        // "Rohan's first Deputy Minister Hama": "first" keeps the mention finder from joining "Rohan's" to "Minister";
        // the phrase still names Rohan's government (ROHGOV), not Rohan.
        Assert.Equal(["ROHGOV MOR 111"], Events("Rohan's first Deputy Minister Hama condemned Mordor."));
    }

    [Fact]
    public void A_passive_with_a_subjectless_to_clause_keeps_its_subject_as_the_source()
    {
        // "Rohan is said to be about to restore ties with Mordor": Mordor belongs to the raised clause, no agent of "said".
        Assert.Equal(["ROH MOR 010"], Events("Rohan is said to be about to restore full diplomatic ties with Mordor."));
    }

    [Fact]
    public void A_run_of_PETRARCH_agents_adds_each_code_and_a_conjoined_agent_shares_the_rest()
    {
        // ISLAMIST [~MUS], MEDIA [~MED], GOVERNMENT [~GOV]: PETRARCH-2 mixes the run's codes in order.
        Assert.Equal(["ROHMUSMED MOR 111"], Events("Rohan Islamist media condemned Mordor."));
        Assert.Equal(["ROHMUSGOV MOR 111", "ROHMUSMED MOR 111"], Events("Rohan Islamist media and government condemned Mordor."));
    }

    [Fact]
    public void A_governing_verb_gives_way_to_a_controlled_verb_whose_pattern_codes_an_act()
    {
        // HOST [043:042] alone codes both ways; with "to celebrate the harvest" (CELEBRATE [051]) PETRARCH-2 codes the
        // verb phrase's nested event, not the hosting.
        Assert.Equal(["GON ROH 042", "ROH GON 043"], Events("Rohan will be hosting Gondor next week."));
        Assert.DoesNotContain(Events("Rohan will be hosting Gondor to celebrate the harvest next week."), e => e.EndsWith(" 043", StringComparison.Ordinal) || e.EndsWith(" 042", StringComparison.Ordinal));
        // A controlled statement does not take over: "urged Gondor to respond" (RESPOND [010]) stays the urging.
        Assert.Contains(Events("Rohan urged Gondor to respond to Mordor."), e => e.StartsWith("ROH GON 02", StringComparison.Ordinal));
    }
    [Fact]
    public void A_subjectless_adverbial_clause_gives_way_to_the_coded_main_verb()
    {
        // "before leaving Gondor" (advcl with a marker, no subject of its own): PETRARCH-2 codes the main verb phrase
        // (017), not the clause's leaving (012), even though a statement (01…) would give way to an act.
        Assert.Equal(["ROH MOR 017"], Events("Rohan has celebrated Iftar in Bree with the leaders of Mordor before leaving Gondor."));
        // With nothing coded on the main verb, the clause's own act stays.
        Assert.Equal(["ROH GON 012"], Events("Rohan was happy before leaving Gondor."));
    }
    [Fact]
    public void A_second_skip_passes_over_the_bare_agent_heading_the_target_phrase()
    {
        // "* IFTAR (AT ^ ^) +": the first skip is "at Osgiliath", the second "the parliament"; the target is the next
        // actor phrase, "of Mordor" (MOR as it stands), not Osgiliath nor the later "in Gondor".
        Assert.Equal(["ROH MOR 017"], Events("Rohan has celebrated Iftar at Osgiliath with the parliament of Mordor in Gondor."));
    }
}
