using Parley.Events;
using static Parley.Tests.Engine.EngineFixture;

namespace Parley.Tests.Events;

/// <summary>
/// Which country an actor takes when its words name none, through the whole engine: none for a foreign agent, the
/// other partner's, a city's in the target slot, the country named before, a province's; a sea's name and the
/// speaker's own capital give none.
/// </summary>
public sealed class ActorCountryTests
{
    [Theory]
    [InlineData("Police in Cairo detained two foreign journalists.", "MED")]
    [InlineData("Police in Cairo detained two journalists.", "EGYMED")]
    public void A_foreign_agent_takes_no_country_from_its_context(string text, string target) =>
        Assert.Equal(target, Assert.Single(Code(text), e => e.Cameo == "173").Target?.Code);

    [Fact]
    public void A_countryless_partner_takes_the_country_of_the_other() =>
        Has("Negotiations between the Colombian government and rebels resumed in Havana.", "COLGOV", "COLREB", "046");

    [Fact]
    public void A_city_in_the_target_slot_stands_for_its_country() =>
        Has("Sweden flew blankets and tents to Aleppo.", "SWE", "SYR", "073");

    [Fact]
    public void The_countrys_agents_take_the_country_named_before()
    {
        var e = One("Peru's president was criticised by the country's farmers over the drought plan.", "11");
        Assert.Equal("PERAGR", e.Source!.Code);
        Assert.Equal("PERGOV", e.Target!.Code);
    }

    [Fact]
    public void A_province_named_after_of_gives_its_country()
    {
        var e = One("Gunmen tried to kill the police chief of Helmand province.", "18");
        Assert.Equal("AFGCOP", e.Target!.Code);
    }

    [Fact]
    public void A_country_in_the_name_of_a_sea_is_no_party()
    {
        Assert.DoesNotContain(Code("Iran seized an oil tanker in the Gulf of Oman."), e => e.Target?.Country == "OMN");
        var events = Code("Vietnamese and Chinese diplomats held consultations on the South China Sea in Hanoi.");
        Assert.Contains(events, e => e.Source?.Code == "VNMGOV" && e.Target?.Code == "CHNGOV");
        Assert.DoesNotContain(events, e => e.Target?.Code == "CHN");
    }

    [Fact]
    public void The_speakers_own_capital_is_where_it_speaks_not_its_audience() =>
        Assert.DoesNotContain(Code("Speaking at a rally in Accra on Friday, Ghana's finance minister commented on inflation."),
            e => e.CameoRoot == "01" && e.Target?.Code == "GHA");
}
