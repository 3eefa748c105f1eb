using Parley.Documents;
using Parley.Engine;
using Parley.Events;
using Parley.Petrarch;

namespace Parley.Tests.Engine;

/// <summary>
/// Coding with PETRARCH dictionaries through Parley's engine: the 2_02 validation suite (with its own dictionaries,
/// alone) and the coder features the PETRARCH front end needs (null code, reverse code, discards, dated actors).
/// </summary>
public sealed class PetrarchCodingTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly Lazy<ValidationSuite> Suite = PetrarchSuites.Current;
    private static readonly Lazy<ParleyEngine> Engine = PetrarchSuites.CurrentEngine;

    private static Document Code(string text) => PetrarchSuites.Code(Engine.Value, text, new DateOnly(1995, 1, 1));

    private static IEnumerable<string> Events(Document doc) => PetrarchSuites.Events(doc);

    [Fact]
    public void The_2_02_suite_scores_above_its_floor()
    {
        var score = PetrarchValidation.Run(Engine.Value, Suite.Value);
        output.WriteLine(score.Format());
        Assert.Equal(245, score.Overall.Records);
        Assert.True(score.Overall.FoundRate >= Floor.Found, $"found {score.Overall.FoundRate:P1}");
        Assert.True(score.Overall.ExtraPerRecord <= Floor.ExtraPerRecord, $"extra {score.Overall.ExtraPerRecord:P1}");
    }

    [Fact]
    public void A_null_code_consumes_the_frame()
    {
        var doc = Code("Arnor approved the budget of Gondor.");
        Assert.Empty(Events(doc));
        Assert.Contains(doc.GetLayer<CodingTrace>()!.Decisions, d => d.Outcome.StartsWith("null code ---", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paired_code_adds_the_reverse_event()
    {
        // AGREE * (TO INSPECTION) [0862:090]: the source receives inspectors, the target investigates.
        Assert.Equal(["ARN GON 0862", "GON ARN 090"], Events(Code("Arnor agreed to the inspection by Gondor.")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_discarded_sentence_yields_no_event_and_says_why()
    {
        var doc = Code("Arnor defeated Gondor a few years later.");
        Assert.Empty(Events(doc));
        var decision = Assert.Single(doc.GetLayer<CodingTrace>()!.Decisions);
        Assert.StartsWith("discarded: sentence phrase 'YEARS LATER'", decision.Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negated_verb_codes_the_negated_act_through_the_coding_ontology()
    {
        // CLASH * (OVER EFFORTS) [110]; PICO: 110 is 0x1007F, minus 0xFFFF is 0x80, which is 050.
        Assert.Equal(["ARN GON 050"], Events(Code("Arnor did not clash over the efforts of Gondor.")));
    }

    [Fact]
    public void A_code_the_verbs_file_defines_beyond_CAMEO_is_coded_as_written_and_will_does_not_make_it_a_threat()
    {
        // ABANDON * {NEW &TIETYPES RELATIONS} [1951]: 1951 is not in Parley's table (PRL607), 195 is; "will" is an
        // announced act, which Parley's own patterns would code as a threat (138x), PETRARCH's as written.
        Assert.Equal(["ARN GON 1951"], Events(Code("Arnor will abandon new economic relations with Gondor.")));
    }

    [Fact]
    public void Conjoined_sources_without_a_target_or_with_their_object_act_toward_each_other()
    {
        Assert.Equal(["GON OSG 050", "OSG GON 050"], Events(Code("Gondor and Osgiliath have renewed diplomatic ties.")).Order(StringComparer.Ordinal));
        Assert.Equal(["GON OSG 120", "OSG GON 120"],
            Events(Code("Gondor and Osgiliath have postponed their meeting after a hafling was reported on the pass of Cirith Ungol.")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_prepositional_phrase_after_the_pattern_object_may_modify_the_object()
    {
        // CONDEMN * ATTACK (BY) [112] beats * ATTACK [113]: "by" modifies "attack", not the verb.
        Assert.Equal(["CALGOV OSGMIL 112"], Events(Code("The Calenardhon government condemned an attack by Osgiliath soldiers.")));
    }

    [Fact]
    public void A_bare_agent_takes_the_codes_of_the_actors_its_phrase_names_after_of_in_from()
    {
        Assert.Equal(["ARNLEG ERI 050", "GONLEG ERI 050"],
            Events(Code("Lawmakers in Arnor and Gondor welcomed a resumption of formal diplomatic ties with Eriador.")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Their_object_naming_its_own_target_keeps_it()
    {
        Assert.Equal(["ARN OSG 050", "MOR OSG 050"],
            Events(Code("Mordor and Arnor welcomed their resumption of formal diplomatic ties with Osgiliath.")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_conjoined_agent_takes_the_actor_its_own_phrase_names()
    {
        Assert.Equal(["GONGOV MOR 130", "ITH MOR 130"],
            Events(Code("Ithilen and the government of Gondor warned their populations about Mordor.")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_agentless_passive_takes_its_subject_as_target()
    {
        Assert.Equal(["ERI PHL 111"], Events(Code("The Philippines was criticized over its territorial dispute with Eriador.")));
        Assert.Equal(["OSG ERI 110"], Events(Code("Eriador was opposed by Osgiliath.")));
    }

    [Fact]
    public void A_bare_agent_conjoined_to_an_actor_and_agent_shares_the_actor()
    {
        Assert.Equal(["DNKGOV GON 130", "DNKMED GON 130"],
            Events(Code("The Danish media and government warned the population of Gondor.")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_pattern_naming_no_target_codes_nothing()
    {
        // "Gxndor" is no actor: PETRARCH codes no event without a target (the suite's misspelt-actor records).
        Assert.Empty(Events(Code("Arnor restored full diplomatic ties with Gxndor.")));
        var coded = Events(Code("Arnor restored full diplomatic ties with Gondor.")).ToList();
        Assert.NotEmpty(coded);
        Assert.All(coded, e => Assert.StartsWith("ARN GON ", e, StringComparison.Ordinal));
    }

    [Fact]
    public void Conjoined_sources_of_a_reciprocal_code_keep_a_PETRARCH_target()
    {
        // Parley's own rule reads a country-less target of conjoined sources' mutual act as what they share; PETRARCH
        // actors often have no country, and PETRARCH codes the target ("to Ithilen's president").
        Assert.Equal(["ARN ITHGOV 040", "GON ITHGOV 040"],
            Events(Code("Arnor and Gondor presented their credentials to Ithilen's president.")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_compound_pattern_codes_the_act_between_the_members_of_a_conjoined_subject()
    {
        // DELAY block: DOWNPLAY [014], and "- % * [120]": with a conjoined subject the act is 120 between its members.
        Assert.Equal(["GON OSG 120", "OSG GON 120"],
            Events(Code("Gondor and Osgiliath have downplayed their meeting after a hafling was reported on the pass of Cirith Ungol.")).Order(StringComparer.Ordinal));
        Assert.Equal(["GON OSG 014"], Events(Code("Gondor downplayed its meeting with Osgiliath.")));
    }

    [Fact]
    public void An_agent_whose_code_goes_first_prefixes_the_actor_after_it()
    {
        // MSF [NGO~]: "MSF Arnor" is NGOARN, "an MSF Arnor diplomat" NGOARNGOV.
        Assert.Equal(["NGOARN GON 050"], Events(Code("MSF Arnor is about to restore full diplomatic ties with Gondor.")));
        Assert.Equal(["NGOARNGOV GON 050"], Events(Code("An MSF Arnor diplomat is about to restore full diplomatic ties with Gondor.")));
    }

    [Fact]
    public void A_compound_actor_code_stays_whole_as_PETRARCH_2_codes_it()
    {
        // LORIEN [ELR/GAL] and THE_SHIRE [FRO/BIL/SAM] (PETRARCH-1 codes each member: PetrarchOlderSuiteTests).
        Assert.Equal(["FRO/BIL/SAM ELR/GAL 050"], Events(Code("The Shire is about to restore full diplomatic ties with Lorien almost five years after crowds burned down its embassy.")));
    }

    /// <summary>A little under the measured figures (docs/petrarch.md), so a regression fails CI.</summary>
    private static class Floor
    {
        public const double Found = 0.90;
        public const double ExtraPerRecord = 0.055;
    }
}
