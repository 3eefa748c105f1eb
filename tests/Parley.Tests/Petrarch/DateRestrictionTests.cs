using CsCheck;
using Parley.Petrarch;
using static Parley.Tests.Petrarch.PetrarchTestText;

namespace Parley.Tests.Petrarch;

/// <summary>Date semantics: &lt;d before d, &gt;d on or after d, d1-d2 both inclusive, most specific first, default last.</summary>
public sealed class DateRestrictionTests
{
    // The validation suite's own entry (PETR_Validate_actors_2_02.txt), including the overlapping ORCHOB range.
    private const string SamGamgee = """
        SAM_GAMGEE [HOB]
        	[HOBCIV <20080120]
        	[ORCHOB 20100109-20100112]
        	[HOBMIL 20080120-20121109]
        	[HOBGOV 20121109-20130119]
        	[HOBELI >20130119]
        HAMFAST GAMGEE [HOB]
        	[HOBGOV 20121109-20130119]
        PRINCE OF DOL AMROTH
        	[--- <950630]
        	[DOL]
        ONODOHER
        	[ONO <911226]
        """;

    private static PetrarchActor Actor(int i) => ReadActors(SamGamgee).Actors[i];

    [Theory]
    [InlineData("20080119", "HOBCIV")] // one day before the '<' boundary
    [InlineData("20080120", "HOBMIL")] // '<' excludes its date; the range includes its start
    [InlineData("20100108", "HOBMIL")]
    [InlineData("20100109", "ORCHOB")] // the narrower overlapping range wins, from its first day
    [InlineData("20100112", "ORCHOB")] // ... to its last day inclusive
    [InlineData("20100113", "HOBMIL")]
    [InlineData("20121109", "HOBGOV")] // shared boundary day: the shorter range
    [InlineData("20130119", "HOBGOV")] // a closed range is more specific than '>'
    [InlineData("20130120", "HOBELI")]
    public void Sam_gamgee(string date, string code) => Assert.Equal(code, Actor(0).CodeAt(D(date)));

    [Theory]
    [InlineData("19950104", "HOB")] // default before the range (PETRARCH-2 gives the default everywhere)
    [InlineData("20121109", "HOBGOV")]
    [InlineData("20130119", "HOBGOV")]
    [InlineData("20130120", "HOB")]
    public void Default_code_still_honours_ranges(string date, string code) => Assert.Equal(code, Actor(1).CodeAt(D(date)));

    [Fact]
    public void Null_code_and_uncovered_dates_give_no_actor()
    {
        Assert.Null(Actor(2).CodeAt(D("19950629")));
        Assert.Equal("DOL", Actor(2).CodeAt(D("19950630")));
        Assert.Equal("ONO", Actor(3).CodeAt(D("19911225")));
        Assert.Null(Actor(3).CodeAt(D("19911226")));
    }

    [Fact]
    public void Timeline_is_disjoint_and_ordered()
    {
        var t = Actor(0).Timeline();
        Assert.Equal(["HOBCIV", "HOBMIL", "ORCHOB", "HOBMIL", "HOBGOV", "HOBELI"], t.Select(p => p.Code));
        for (var i = 1; i < t.Length; i++)
            Assert.Equal(t[i - 1].End.AddDays(1), t[i].Start);
    }

    [Fact]
    public void Timeline_agrees_with_CodeAt_on_every_day()
    {
        var actors = ReadActors(SamGamgee).Actors;
        Gen.Int[0, actors.Count - 1].Select(Gen.Int[DateOnly.Parse("1990-01-01").DayNumber, DateOnly.Parse("2015-12-31").DayNumber])
            .Sample((i, day) =>
            {
                var date = DateOnly.FromDayNumber(day);
                var fromTimeline = actors[i].Timeline().Where(p => p.Start <= date && date <= p.End).Select(p => p.Code).SingleOrDefault();
                return fromTimeline == actors[i].CodeAt(date);
            });
    }
}
