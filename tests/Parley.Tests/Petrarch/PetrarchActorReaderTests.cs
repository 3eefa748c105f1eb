using Parley.Petrarch;
using static Parley.Tests.Petrarch.PetrarchTestText;

namespace Parley.Tests.Petrarch;

public sealed class PetrarchActorReaderTests
{
    [Fact]
    public void Reads_primary_synonyms_and_restrictions()
    {
        var (actors, diags) = ReadActors("""
            <!-- header comment
            over two lines -->
            GONDOR [GON]  # the realm
            +MINAS_TIRITH
            +ANORIEN_
            GOLLUM  ; TABARI comment
            +SMEAGOL
            	[HOB < 950601]
            	[HOBGOV 19950601 - 19990815]
            	[HOBREB > 990816]
            JAVIER_DE_CUELLAR_	[IGOUNO 820101-911231] [ELI]
            """);
        Assert.Empty(diags);
        Assert.Equal(3, actors.Count);
        Assert.Equal(["gondor", "minas tirith", "anorien"], actors[0].Phrases.ToArray());
        Assert.Equal(RestrictionKind.Default, Assert.Single(actors[0].Restrictions).Kind);
        Assert.Equal(["gollum", "smeagol"], actors[1].Phrases.ToArray());
        Assert.Equal([RestrictionKind.Before, RestrictionKind.Between, RestrictionKind.From], actors[1].Restrictions.Select(r => r.Kind));
        Assert.Equal(D("19950531"), actors[1].Restrictions[0].End);
        Assert.Equal((D("19950601"), D("19990815")), (actors[1].Restrictions[1].Start, actors[1].Restrictions[1].End));
        Assert.Equal(6, actors[1].Line);
        Assert.Equal(["IGOUNO", "ELI"], actors[2].Restrictions.Select(r => r.Code));
    }

    [Fact]
    public void Six_digit_years_pivot_at_30()
    {
        Assert.Equal(D("20300101"), D("300101"));
        Assert.Equal(D("19310101"), D("310101"));
        Assert.False(PetrarchDate.TryParse("2004017", out _));
        Assert.False(PetrarchDate.TryParse("19950230", out _));
    }

    [Fact]
    public void A_name_written_twice_is_one_actor()
    {
        var (actors, _) = ReadActors("CHAN_SARUN\n\t[KHMGOVAGR 030201-030228]\nCHAN_SARUN_\n\t[KHMGOVAGR >030301]\n");
        var actor = Assert.Single(actors);
        Assert.Equal(2, actor.Restrictions.Length);
    }

    [Fact]
    public void Errors_carry_file_and_line()
    {
        var (actors, diags) = ReadActors("\t[ABC]\n+ORPHAN\nARNOR [ARN 9008223-911221]\nORC [+++]\nELF [ELF] extra\nENT [ent]\n");
        Assert.Equal(
            [("PRL604", 1), ("PRL604", 2), ("PRL602", 3), ("PRL603", 4), ("PRL601", 5)],
            diags.Select(d => (d.Code, d.Line!.Value)));
        Assert.All(diags, d => Assert.Equal("test.actors", d.File));
        Assert.Equal("ENT", actors.Single(a => a.Phrases[0] == "ent").Restrictions[0].Code);
    }

    [Fact]
    public void A_compound_code_is_kept_whole()
    {
        var (actors, diags) = ReadActors("THE_SHIRE  [FRO/BIL/SAM]\nLORIEN [ELR/GAL >950101]\nMORIA [DWF/---]\n");
        Assert.Equal([("PRL603", 3)], diags.Select(d => (d.Code, d.Line!.Value))); // the null code is no member
        Assert.Equal("FRO/BIL/SAM", actors[0].CodeAt(D("19950101")));
        Assert.Equal("ELR/GAL", actors[1].CodeAt(D("19950101")));
    }
}
