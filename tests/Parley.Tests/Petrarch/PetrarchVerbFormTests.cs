using Parley.Patterns;
using static Parley.Tests.Petrarch.PetrarchTestText;

namespace Parley.Tests.Petrarch;

/// <summary>A PETRARCH verbs file may list a verb by a written form ("FOUND"), which matches that word, not its lemma.</summary>
public sealed class PetrarchVerbFormTests
{
    private const string Dictionary = """
        --- FIND [010] ---
        FIND

        --- FOUND [0431] ---
        FOUND
        - * (AT +) [0432]
        """;

    [Fact]
    public void A_written_form_key_matches_the_word_before_its_lemma()
    {
        var (verbs, diags) = ReadVerbs(Dictionary);
        Assert.Empty(diags);
        Assert.True(verbs.Patterns.MatchesForms);
        Assert.Equal("0431", verbs.Patterns.Match(new Frame("find") { Form = "found" }).Cameo);
        Assert.Equal("0432", verbs.Patterns.FindBest(new Frame("find") { Form = "found", Prepositions = [new("at", new FrameArgument("gondor"))] })!.Pattern.Cameo);
        Assert.Equal("010", verbs.Patterns.Match(new Frame("find") { Form = "finds" }).Cameo); // no key "finds": the lemma's
    }

    [Fact]
    public void Parley_pattern_files_match_lemmas_only()
    {
        var (verbs, _) = ReadVerbs(Dictionary);
        var layered = PatternDictionary.Layer(verbs.Patterns, verbs.Patterns);
        Assert.True(layered.MatchesForms);
        var own = PatternDictionary.Layer(new PatternDictionary([], SynsetTable.Build([], [])), new PatternDictionary([], SynsetTable.Build([], [])));
        Assert.False(own.MatchesForms);
    }
}
