using Parley.Engine;
using Parley.Events;
using Parley.Petrarch;

namespace Parley.Tests.Engine;

/// <summary>
/// Coding with the older suite's PETRARCH-1 (TABARI linear notation) dictionaries: its figures and what that dialect
/// reads differently from PETRARCH-2 (words before the verb, compound actor codes coded per member).
/// </summary>
public sealed class PetrarchOlderSuiteTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly Lazy<ValidationSuite> Suite = PetrarchSuites.Older;
    private static readonly Lazy<ParleyEngine> Engine = PetrarchSuites.OlderEngine;

    private static List<string> Events(string text) => PetrarchSuites.SortedEvents(Engine.Value, text, new DateOnly(1995, 1, 3));

    [Fact]
    public void The_older_suite_scores_above_its_floor()
    {
        var score = PetrarchValidation.Run(Engine.Value, Suite.Value);
        output.WriteLine(score.Format());
        Assert.Equal(278, score.Overall.Records);
        Assert.True(score.Overall.FoundRate >= Floor.Found, $"found {score.Overall.FoundRate:P1}");
        Assert.True(score.Overall.ExtraPerRecord <= Floor.ExtraPerRecord, $"extra {score.Overall.ExtraPerRecord:P1}");
    }

    [Fact]
    public void A_compound_subject_pattern_codes_between_the_members()
    {
        // AGREE [081]: "- % * [030:030]" (each way once), "- * WITH % [031]" (to each member of the conjoined target).
        Assert.Equal(["FRA PHL 030", "PHL FRA 030"], Events("The Philippines and France agree that territorial disputes should be resolved through international arbitration."));
        Assert.Equal(["ERI FRA 031", "ERI PHL 031"], Events("Eriador agrees with the Philippines and France that territorial disputes should be resolved through international arbitration."));
    }

    [Fact]
    public void A_compound_actor_code_gives_an_event_per_member()
    {
        // THE_SHIRE [FRO/BIL/SAM], LORIEN [ELR/GAL]: PETRARCH-1 codes each member.
        Assert.Equal(["BIL ELR 064", "BIL GAL 064", "FRO ELR 064", "FRO GAL 064", "SAM ELR 064", "SAM GAL 064"],
            Events("The Shire is about to restore full diplomatic ties with Lorien almost five years after crowds burned down its embassy."));
    }

    [Fact]
    public void Words_around_the_verb_are_read_left_to_right_as_TABARI_did()
    {
        // ALLOW: "- RECENTLY_ * [025]" ('_': right before the verb); the 2_02 suite's PETRARCH-2 reads no such words.
        Assert.Equal(["HOB MOR 025"], Events("Gollum recently allowed that Mordor isn't a such neat place to visit."));
        Assert.Equal(["HOB MOR 080"], Events("Gollum recently did allow that Mordor isn't a such neat place to visit."));
        // ACT: "- * &PREPOSIT1 RESOLUTION [102]": the words anywhere after the verb ("on" is no part of the object).
        Assert.Equal(["ETH LBY 102"], Events("Ethiopia acted on a resolution against Libya almost five years after crowds trashed its embassy."));
        // An agentless passive keeps its subject as the source (PETRARCH-2 turns it round: PetrarchCodingTests).
        Assert.Equal(["PHL ERI 121"], Events("The Philippines was criticized over its territorial dispute with Eriador."));
    }

    /// <summary>A little under the measured figures (docs/petrarch.md), so a regression fails CI.</summary>
    private static class Floor
    {
        public const double Found = 0.72;
        public const double ExtraPerRecord = 0.14;
    }
}
