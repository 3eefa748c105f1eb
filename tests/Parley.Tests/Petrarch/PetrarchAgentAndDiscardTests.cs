using Parley.Petrarch;
using static Parley.Tests.Petrarch.PetrarchTestText;

namespace Parley.Tests.Petrarch;

public sealed class PetrarchAgentAndDiscardTests
{
    [Fact]
    public void Agents_plurals_substitutions_and_code_position()
    {
        var (agents, diags) = ReadAgents("""
            !PERSON! = MAN, MEN, WOMAN
            AMBASSADOR [~GOV] # LRP 02 Jun 2004
            PARLIAMENTARY_OPPOSITION {} [~OPP]
            ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
            SECRETARY [~GOV]
            CONGRESS!PERSON! [~LEG]
            HUMAN_RIGHTS_BODY  [NGO~]
            PRESIDENT [~GOV}
            """);
        Assert.Empty(diags);
        Assert.Equal(["ambassador", "ambassadors"], agents[0].Forms.ToArray());
        Assert.Equal(["parliamentary opposition"], agents[1].Forms.ToArray());
        Assert.Equal(["attorney general", "attorneys general"], agents[2].Forms.ToArray());
        Assert.Equal("GOVATG", agents[2].Code);
        Assert.Equal(["secretary", "secretaries"], agents[3].Forms.ToArray());
        Assert.Equal(["congressman", "congressmen", "congresswoman"], agents[4].Forms.ToArray());
        Assert.True(agents[5].Prefix);
        Assert.False(agents[0].Prefix);
        Assert.Equal("GOV", agents[6].Code); // TABARI's stray '}' closes the code too
    }

    [Fact]
    public void Agent_errors_carry_lines()
    {
        var (_, diags) = ReadAgents("ISLAMIC_EXTREMIST\nFOO [GOV]\n!MINST!_OF_SILLY_WALKS [~GOV]\n");
        Assert.Equal([("PRL601", 1), ("PRL603", 2), ("PRL608", 3)], diags.Select(d => (d.Code, d.Line!.Value)));
    }

    [Fact]
    public void Discards_sentence_story_stem_and_whole_word()
    {
        var diagnostics = new List<Parley.Diagnostics.Diagnostic>();
        var discards = PetrarchDiscards.Read(PetrarchLines.Split("""
            # comment
            MONTHS LATER
            +World Golf Championships   # pas 26-Feb-2014
            BASEBALL_
            AFRICAN NATIONS CUP
            """), "test.discards", diagnostics);
        Assert.Empty(diagnostics);
        Assert.Equal(4, discards.Entries.Length);
        Assert.True(discards.Match("Gondor won the World Golf Championships, months later.")!.Story); // story discards first
        Assert.Equal("MONTHS LATER", discards.Match("Six months later, Arnor left.")!.Phrase);
        Assert.Null(discards.Match("They played baseballs."));
        Assert.NotNull(discards.Match("They played baseball."));
        Assert.NotNull(discards.Match("the African Nations Cups final")); // stem
        Assert.Null(discards.Match("Pan-African nations cup")); // must start at a word
    }
}
