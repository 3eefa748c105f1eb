using Parley.Patterns;
using static Parley.Tests.Petrarch.PetrarchTestText;

namespace Parley.Tests.Petrarch;

/// <summary>PETRARCH-2 verb blocks and patterns translated into Parley patterns and matched by Parley's own matcher.</summary>
public sealed class PetrarchVerbTests
{
    private const string Dictionary = """
        ####### SYNONYM SETS #######
        &MILITARY
        +TROOPS
        +ARMY
        +ARMED_FORCES
        &CURRENCY
        +DOLLAR
        &MILITARY
        +NAVY

        --- MEET [040] ---
        MEET {MEETS MET MEETING}
        CONFER
        HOST [043]
        - * (WITH +)                          [040]   # MEET
        - * {PEACE TALKS}                     [043]
        - * &CURRENCY                         [---]
        - $ * (TO +)                          [042:043]
        - * (BEFORE COURT)                    [:173]

        --- SEND [---] ---
        SEND {SENT SENDING}
        +CALL_OFF [160]
        - * &MILITARY (TO +)                  [154]
        - * AID                               [070]
        - * OUT VIEWS                         [010]
        - * DELEGATION (OF EXPERTS)           [046]
        """;

    private static Frame Verb(string lemma, FrameArgument? obj = null, params (string Prep, string Lemma)[] preps) =>
        new(lemma) { Object = obj, Prepositions = [.. preps.Select(p => new PrepositionalArgument(p.Prep, new FrameArgument(p.Lemma)))] };

    // The last modifier stands right before the head, as in "peace talks".
    private static FrameArgument Arg(string lemma, params string[] mods) => new(lemma) { Modifiers = [.. mods], Preceding = mods.Length > 0 ? mods[^1] : null };

    [Fact]
    public void Reads_blocks_verbs_patterns_and_synsets()
    {
        var (verbs, diags) = ReadVerbs(Dictionary);
        Assert.Empty(diags);
        Assert.Equal(new Parley.Petrarch.PetrarchVerbStats(2, 5, 9, 9, 2), verbs.Stats);
        Assert.Equal(["call off", "confer", "host", "meet", "send", "send out"], verbs.Patterns.VerbKeys);
        Assert.Contains("troop", verbs.Patterns.Synsets.Members("&MILITARY"));
        Assert.Contains("navy", verbs.Patterns.Synsets.Members("&MILITARY")); // a label defined twice is extended
    }

    [Fact]
    public void Verb_codes_and_block_codes()
    {
        var (verbs, _) = ReadVerbs(Dictionary);
        Assert.Equal("040", verbs.Patterns.Match(Verb("confer")).Cameo);
        Assert.Equal("043", verbs.Patterns.Match(Verb("host")).Cameo);
        Assert.Equal("160", verbs.Patterns.Match(Verb("call") with { Particle = "off" }).Cameo);
        Assert.Null(verbs.Patterns.Match(Verb("send")).Cameo); // block code ---: the bare verb codes nothing
    }

    [Fact]
    public void Target_marker_noun_phrase_and_null_code()
    {
        var (verbs, _) = ReadVerbs(Dictionary);
        var with = verbs.Patterns.Match(Verb("meet", null, ("with", "Gondor")));
        Assert.Equal("Gondor", with.Best!.Target!.Lemma);
        Assert.Equal("043", verbs.Patterns.Match(Verb("meet", Arg("talks", "peace"))).Cameo); // plural head matches
        Assert.Equal("040", verbs.Patterns.Match(Verb("meet", Arg("talks"))).Cameo); // modifier missing
        Assert.Equal("---", verbs.Patterns.Match(Verb("meet", Arg("dollar"))).Cameo);
    }

    [Fact]
    public void Paired_codes_give_reverse_events()
    {
        var (verbs, _) = ReadVerbs(Dictionary);
        var to = verbs.Patterns.Match(Verb("meet", null, ("to", "Gondor"))).Best!;
        Assert.Equal(("042", "043"), (to.Pattern.Cameo, verbs.ReverseCode(to.Pattern)));
        var court = verbs.Patterns.Match(Verb("meet", null, ("before", "court"))).Best!;
        Assert.Equal(("---", "173"), (court.Pattern.Cameo, verbs.ReverseCode(court.Pattern)));
    }

    [Fact]
    public void Multi_word_synset_members_particles_and_of_phrases()
    {
        var (verbs, _) = ReadVerbs(Dictionary);
        Assert.Equal("154", verbs.Patterns.Match(Verb("send", Arg("troops"), ("to", "Mordor"))).Cameo);
        Assert.Equal("154", verbs.Patterns.Match(Verb("send", Arg("forces", "armed"), ("to", "Mordor"))).Cameo);
        Assert.Null(verbs.Patterns.Match(Verb("send", Arg("forces"), ("to", "Mordor"))).Cameo);
        Assert.Equal("010", verbs.Patterns.Match(Verb("send", Arg("views")) with { Particle = "out" }).Cameo);
        Assert.Equal("046", verbs.Patterns.Match(Verb("send", Arg("delegation", "expert"))).Cameo);
    }

    [Fact]
    public void Skipped_phrase_then_target_takes_a_later_phrase_under_another_preposition()
    {
        var (verbs, diags) = ReadVerbs("--- DINE [042] ---\nDINE\n- * SUPPER (IN ^) +  [036]\n");
        Assert.Empty(diags);
        // "dined on supper in Lorien with Rohan": the "in" phrase is skipped, the target is the phrase after it.
        var match = verbs.Patterns.Match(Verb("dine", Arg("supper"), ("in", "Lorien"), ("with", "Rohan")));
        Assert.Equal(("036", "Rohan"), (match.Cameo, match.Best!.Target!.Lemma));
        // No phrase after the skipped one, or no skipped phrase: the pattern does not hold.
        Assert.Equal("042", verbs.Patterns.Match(Verb("dine", Arg("supper"), ("with", "Rohan"), ("in", "Lorien"))).Cameo);
        Assert.Equal("042", verbs.Patterns.Match(Verb("dine", Arg("supper"), ("with", "Rohan"))).Cameo);
    }

    [Theory]
    [InlineData("- * (INTO $) [070]", "PRL611")]
    [InlineData("- * {% AID} [070]", "PRL613")]
    [InlineData("- * (WITH TWO SIDES) [154]", "PRL614")]
    [InlineData("- * (TO + BORDER) [154]", "PRL614")]
    [InlineData("- * {LEAVE} ^ [042]", "PRL614")]
    [InlineData("- * ^ [042]", "PRL618")]
    [InlineData("- + * ROCKET [193]", "PRL619")]
    [InlineData("- * &WEATHER [070]", "PRL605")]
    [InlineData("- * AID [080!]", "PRL603")]
    [InlineData("- * (WITH AID [070]", "PRL601")]
    [InlineData("- AID [070]", "PRL601")]
    [InlineData("~ a (a b ATTACK) SAY = a b 015", "PRL612")]
    [InlineData("WIRE_+TAP", "PRL615")]
    [InlineData("+TAKE_NOTE {+TAKES_NOTE +TOOK_NOTE}", "PRL615")]
    public void Unsupported_and_malformed_lines_are_reported_with_line(string line, string code)
    {
        var (verbs, diags) = ReadVerbs("--- SEND [---] ---\nSEND\n" + line + "\n");
        var d = Assert.Single(diags);
        Assert.Equal((code, "test.verbs", 3), (d.Code, d.File, d.Line));
        Assert.Equal(0, verbs.Stats.PatternLinesTranslated);
    }

    [Fact]
    public void A_verb_written_with_a_preposition_needs_that_argument()
    {
        var (verbs, diags) = ReadVerbs("--- ASK [---] ---\n+ASK_FOR {+ASKED_FOR} [020]\n- * (FOR AID) [023]\n- * MEETING [026]\n");
        Assert.Empty(diags);
        Assert.Equal("020", verbs.Patterns.Match(Verb("ask", null, ("for", "help"))).Cameo);
        Assert.Null(verbs.Patterns.Match(Verb("ask")).Cameo);
        Assert.Equal("023", verbs.Patterns.Match(Verb("ask", null, ("for", "aid"))).Cameo);
        Assert.Equal("026", verbs.Patterns.Match(Verb("ask", Arg("meeting"), ("for", "it"))).Cameo);
        Assert.Null(verbs.Patterns.Match(Verb("ask", Arg("meeting"))).Cameo);
    }

    [Fact]
    public void Lines_outside_blocks_are_errors()
    {
        var (_, diags) = ReadVerbs("MEET\n- * AID [070]\n");
        Assert.Equal([("PRL606", 1), ("PRL606", 2)], diags.Select(d => (d.Code, d.Line!.Value)));
    }

    [Fact]
    public void Pattern_ids_name_file_line_key_and_variant()
    {
        var (verbs, _) = ReadVerbs(Dictionary);
        var ids = verbs.Patterns.PatternsFor("send", false).Select(p => p.Id).ToArray();
        Assert.Equal(["test.verbs:24/send#1", "test.verbs:24/send#2", "test.verbs:25/send", "test.verbs:27/send"], ids);
        Assert.Equal(["test.verbs:23", "test.verbs:24/call off#1", "test.verbs:24/call off#2", "test.verbs:25/call off", "test.verbs:27/call off"],
            verbs.Patterns.PatternsFor("call off", false).Select(p => p.Id)); // the bare 'send' codes nothing ([---]) and has no pattern
    }

    [Fact]
    public void A_participle_modifier_also_matches_its_verb_lemma()
    {
        Assert.Contains("improve", Parley.Petrarch.ConstraintExpander.ModifierForms("improved"));
        Assert.Contains("plan", Parley.Petrarch.ConstraintExpander.ModifierForms("planned"));
        Assert.Contains("grow", Parley.Petrarch.ConstraintExpander.ModifierForms("growing"));
        Assert.Equal(["armed"], Parley.Petrarch.ConstraintExpander.ModifierForms("armed").ToArray());
    }

    [Fact]
    public void A_prepositional_phrase_after_the_object_matches_on_the_verb_or_on_the_object()
    {
        var (verbs, _) = ReadVerbs("""
            --- CONDEMN [111] ---
            CONDEMN
            - * ATTACK (BY) [112]
            - * (BY) [113]
            """);
        var onObject = Verb("condemn", Arg("attack") with { Prepositions = [new PrepositionalArgument("by", new FrameArgument("soldier"))] });
        Assert.Equal("112", verbs.Patterns.FindBest(onObject)?.Pattern.Cameo);
        Assert.Equal("112", verbs.Patterns.FindBest(Verb("condemn", Arg("attack"), ("by", "soldier")))?.Pattern.Cameo);
        // With no object there is nothing for the phrase to modify: the block's own code.
        Assert.Equal("111", verbs.Patterns.FindBest(Verb("condemn"))?.Pattern.Cameo);
    }

    [Fact]
    public void Linear_notation_becomes_prepositional_arguments()
    {
        var (verbs, diags) = ReadVerbs("""
            --- WARN [130] ---
            WARN
            - * THEIR ^ ABOUT +   [131]
            --- WELCOME [050] ---
            WELCOME
            - * MEMOS (ON ECONOMIC)   [091]
            """);
        Assert.Empty(diags);
        var about = Assert.Single(verbs.Patterns.All, p => p.Cameo == "131");
        var c = Assert.Single(about.Constraints);
        Assert.Equal("@about:*", c.ToString());
        Assert.True(c.OrOnObject); // after a skipped phrase: it may modify that phrase
        // A prepositional phrase's word is its head or its first modifier ("memos on economic issues").
        var issues = Verb("welcome", Arg("memo") with { Prepositions = [new PrepositionalArgument("on", Arg("issue", "economic"))] });
        Assert.Equal("091", verbs.Patterns.FindBest(issues)?.Pattern.Cameo);
    }

    [Fact]
    public void Consecutive_words_after_the_verb_are_one_noun_phrase_as_in_TABARI()
    {
        var (verbs, diags) = ReadVerbs("""
            --- ABANDON [345] ---
            ABANDON
            - * DIPLOMATIC TIES   [901]
            - * DOWN FROM   [013]
            """);
        Assert.Empty(diags);
        // The noun phrase, and (TABARI's own reading, an alternative) the words anywhere after the verb.
        Assert.Equal(["obj:ties|tie|ty/^diplomatic", "post:diplomatic post:ties"],
            verbs.Patterns.All.Where(p => p.Cameo == "901").Select(p => string.Join(' ', p.Constraints.Select(c => c.ToString()))));
        Assert.Equal("901", verbs.Patterns.FindBest(Verb("abandon", Arg("tie", "diplomatic")))?.Pattern.Cameo);
        Assert.Equal("345", verbs.Patterns.FindBest(Verb("abandon", Arg("tie", "economic")))?.Pattern.Cameo);
        Assert.Equal("abandon down", Assert.Single(verbs.Patterns.All, p => p.Cameo == "013").Key); // a leading particle stays
    }

    [Fact]
    public void A_pattern_line_without_its_dash_is_read_and_reported()
    {
        var (verbs, diags) = ReadVerbs("--- BEGIN [---] ---\nBEGIN\n* (TO QUESTION) [110]\n");
        var d = Assert.Single(diags);
        Assert.Equal(("PRL751", 3), (d.Code, d.Line));
        Assert.Equal("110", verbs.Patterns.FindBest(Verb("begin", null, ("to", "question")))?.Pattern.Cameo);
    }

    [Fact]
    public void A_compound_marker_asks_for_a_conjoined_subject_or_target()
    {
        var (verbs, diags) = ReadVerbs("--- AGREE [081] ---\nAGREE\n- * WITH % [031]\n- % * [030:030]\n");
        Assert.Empty(diags);
        var between = Assert.Single(verbs.Patterns.All, p => p.Cameo == "030");
        Assert.Equal("subj:%", Assert.Single(between.Constraints).ToString());
        var pair = new FrameArgument("philippines") { Conjoined = true };
        Assert.Equal("030", verbs.Patterns.FindBest(new Frame("agree") { Subject = pair })?.Pattern.Cameo);
        Assert.Equal("081", verbs.Patterns.FindBest(new Frame("agree") { Subject = new FrameArgument("philippines") })?.Pattern.Cameo);
        var with = verbs.Patterns.FindBest(Verb("agree") with { Prepositions = [new PrepositionalArgument("with", pair)] });
        Assert.Equal(("031", pair), (with?.Pattern.Cameo, with?.Target)); // the conjoined phrase is the target
        Assert.Equal("081", verbs.Patterns.FindBest(Verb("agree", null, ("with", "France")))?.Pattern.Cameo);
    }

    [Fact]
    public void Words_before_the_verb_are_words_before_it_in_TABARI_files_and_the_subject_in_PETRARCH_2_files()
    {
        const string Block = "--- ALLOW [080] ---\nALLOW\n- RECENTLY * [025]\n- SAID WILL_ * [083]\n- % HAVE * [191]\n- NOT_ * [024]\n";
        var (linear, diags) = ReadVerbs(Block);
        Assert.Empty(diags);
        Assert.Equal(["pre:recently"], Assert.Single(linear.Patterns.All, p => p.Cameo == "025").Constraints.Select(c => c.ToString()));
        Assert.Equal(["subj:%", "pre:have"], Assert.Single(linear.Patterns.All, p => p.Cameo == "191").Constraints.Select(c => c.ToString()));
        var recently = new Frame("allow") { Before = new[] { "gollum", "recently" }, Subject = new FrameArgument("gollum") };
        Assert.Equal("025", linear.Patterns.FindBest(recently)?.Pattern.Cameo);
        Assert.Equal("083", linear.Patterns.FindBest(new Frame("allow") { Before = new[] { "arnor", "said", "say", "it", "will" }, Preceding = new[] { "will" } })?.Pattern.Cameo);
        Assert.Equal("080", linear.Patterns.FindBest(new Frame("allow") { Before = new[] { "arnor", "will" } })?.Pattern.Cameo); // "said" missing
        // TABARI's closed connector '_': right before the verb ("will allow", not "will not allow").
        Assert.Equal(["pre:^will", "pre:said"], Assert.Single(linear.Patterns.All, p => p.Cameo == "083").Constraints.Select(c => c.ToString()).Order(StringComparer.Ordinal));
        var notRight = new Frame("allow") { Before = new[] { "arnor", "say", "said", "it", "will", "not", "a" }, Preceding = new[] { "a" } };
        Assert.Equal("080", linear.Patterns.FindBest(notRight)?.Pattern.Cameo);
        Assert.Equal("024", linear.Patterns.FindBest(notRight with { Preceding = new[] { "not" } })?.Pattern.Cameo);
        // A file with PETRARCH-2 phrases reads pre-verb words as the subject's noun phrase ("[pre-verb nouns]").
        var (phrased, _) = ReadVerbs(Block + "- * {NEW TIES} [064]\n- {DEATH TOLL} * [190]\n");
        Assert.Equal("080", phrased.Patterns.FindBest(recently)?.Pattern.Cameo);
        Assert.Equal("subj:toll/^death", Assert.Single(phrased.Patterns.All, p => p.Cameo == "190").Constraints[0].ToString());
        var toll = new Frame("allow") { Subject = new FrameArgument("toll") { Modifiers = ["death"], Preceding = "death" } };
        Assert.Equal("190", phrased.Patterns.FindBest(toll)?.Pattern.Cameo);
    }

    [Fact]
    public void A_noun_phrase_s_last_modifier_must_stand_right_before_the_head()
    {
        var (verbs, diags) = ReadVerbs("&TIETYPES\n+ECONOMIC\n+CULTURAL\n\n--- WELCOME [050] ---\nWELCOME\n- * {&TIETYPES MEMOS} [092]\n- * {NEW &TIETYPES RELATIONS} [1951]\n");
        Assert.Empty(diags);
        Assert.Equal(["obj:memos|memo/^&TIETYPES"], Assert.Single(verbs.Patterns.All, p => p.Cameo == "092").Constraints.Select(c => c.ToString()));
        Assert.Equal("092", verbs.Patterns.FindBest(Verb("welcome", Arg("memo", "cultural")))?.Pattern.Cameo);
        // "cultural secret memos": "secret" stands between; "new global economic trade relations": "trade" does.
        Assert.Equal("050", verbs.Patterns.FindBest(Verb("welcome", Arg("memo", "cultural", "secret")))?.Pattern.Cameo);
        Assert.Equal("050", verbs.Patterns.FindBest(Verb("welcome", Arg("relation", "new", "global", "economic", "trade")))?.Pattern.Cameo);
        // Earlier modifiers may stand anywhere before: "new global economic relations".
        Assert.Equal("1951", verbs.Patterns.FindBest(Verb("welcome", Arg("relation", "new", "global", "economic")))?.Pattern.Cameo);
    }

    [Fact]
    public void TABARI_words_after_the_verb_may_stand_anywhere_after_it_and_closed_connectors_keep_them_together()
    {
        var (verbs, diags) = ReadVerbs("&PREP\n+ON\n+AGAINST\n\n--- ACT [100] ---\nACT\n- * &PREP RESOLUTION [102]\n- * REALLY_PLEASANT [024]\n- * LEAVE ^ FORCES [066]\n");
        Assert.Empty(diags); // "LEAVE ^ FORCES", several nouns for the frame (PRL614), is read as words after the verb
        Assert.Equal(["post:&PREP post:resolution"], verbs.Patterns.All.Where(p => p.Cameo == "102" && p.Constraints[0].Slot == Slot.After).Select(p => string.Join(' ', p.Constraints)));
        Assert.Equal("post:really+pleasant", Assert.Single(verbs.Patterns.All, p => p.Cameo == "024" && p.Constraints[0].Slot == Slot.After).Constraints[0].ToString());
        // "acted on a resolution with Libya": "on" and "resolution" after the verb, not its object.
        Assert.Equal("102", verbs.Patterns.FindBest(new Frame("act") { After = new[] { "on", "on", "a", "a", "resolution", "resolution", "with", "with" } })?.Pattern.Cameo);
        Assert.Equal("024", verbs.Patterns.FindBest(new Frame("act") { After = new[] { "be", "is", "really", "really", "pleasant", "pleasant" } })?.Pattern.Cameo);
        Assert.Equal("100", verbs.Patterns.FindBest(new Frame("act") { After = new[] { "really", "really", "very", "very", "pleasant", "pleasant" } })?.Pattern.Cameo);
        Assert.Equal("066", verbs.Patterns.FindBest(new Frame("act") { After = new[] { "leave", "leave", "his", "his", "force", "forces" } })?.Pattern.Cameo);
    }
}
