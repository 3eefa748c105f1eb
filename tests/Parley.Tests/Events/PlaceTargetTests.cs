using Parley.Events;
using static Parley.Tests.Engine.EngineFixture;

namespace Parley.Tests.Events;

/// <summary>
/// Places that are parties (data/coding/context.txt place-target): a city or region an act is done to targets its
/// country and is where the event happens; victims there take its country, not the attacker's.
/// </summary>
public class PlaceTargetTests
{
    [Theory]
    [InlineData("Russian artillery pounded Kharkiv overnight.", "19", "Kharkiv", "UKR")]
    [InlineData("Israeli aircraft struck Khan Younis on Sunday.", "19", "Khan Younis", "PSE")]
    [InlineData("Saudi warships enforced a blockade of the port of Hodeidah.", "19", "Hodeidah", "YEM")]
    [InlineData("Russian drones struck the Odesa grain terminal at dawn.", "19", "Odesa", "UKR")]
    public void CityTheActIsDoneTo_IsTheTargetsCountry_AndTheLocation(string text, string root, string place, string country)
    {
        var e = One(text, root);
        Assert.Equal(country, e.Target!.Code);
        Assert.Equal($"country from place '{place}' ({country})", e.Target.CountryFrom);
        Assert.Equal(place, e.Location!.Text);
        Assert.Equal(country, e.Location.Country);
    }

    [Fact]
    public void ObjectLocatedByAPlace_TakesThatPlacesCountry()
    {
        var e = One("Turkish jets bombed several farms in northern Iraq.", "19");
        Assert.Equal("IRQ", e.Target!.Code);
    }

    [Fact]
    public void ChildrenInAPlace_AreCiviliansOfItsCountry()
    {
        var e = One("Jordan flew medicines to sick children in Gaza.", "07");
        Assert.Equal("PSECVL", e.Target!.Code);
    }

    [Fact]
    public void ActWithoutObject_TakesNoPlaceTarget()
    {
        var e = One("Russian forces fought in Syria.", "19");
        Assert.Null(e.Target);
        Assert.Equal("SYR", e.Location!.Country);
    }

    [Fact]
    public void PlaceOfTheSourcesOwnCountry_IsOnlyTheLocation()
    {
        var e = One("Syrian warplanes bombed Aleppo again.", "19");
        Assert.Null(e.Target);
        Assert.Equal("Aleppo", e.Location!.Text);
    }

    [Fact]
    public void VictimsOfAnAttackOnAPlace_TakeThePlacesCountry_NotTheAttackers()
    {
        var events = Code("Russian forces shelled Odesa with rockets, killing three residents.");
        Assert.Contains(events, e => e.Target?.Code == "UKRCVL" && e.Target.CountryFrom == "country from place 'Odesa' (UKR)");
        Assert.DoesNotContain(events, e => e.Target?.Code == "RUSCVL");
    }

    [Fact]
    public void AgentOfAnAttackOnAPlace_TakesNoCountryFromIt()
    {
        var e = One("Soldiers shelled Donetsk on Monday.", "19");
        Assert.Equal("MIL", e.Source!.Code);
        Assert.Equal("UKR", e.Target!.Code);
    }

    [Fact]
    public void ShowOfForceNearAPlace_TargetsItsCountry()
    {
        var e = One("Chinese bombers flew near Okinawa on Tuesday.", "15");
        Assert.Equal("JPN", e.Target!.Code);
    }

    [Fact]
    public void PlaceAfterAPartWord_GivesTheCountry()
    {
        var e = One("Soldiers attacked the rebels in the mountains of Mindanao.", "19");
        Assert.Equal("PHLMIL", e.Source!.Code);
        Assert.Equal("mountains of Mindanao", e.Location!.Text);
    }

    [Fact]
    public void HolderOfTheTargetedPlace_IsTheTarget_OfThePlacesCountry()
    {
        var e = One("Syrian tanks pounded the rebel-held town of Idlib.", "19");
        Assert.Equal("SYRREB", e.Target!.Code);
        Assert.Equal("country from place 'Idlib' (SYR)", e.Target.CountryFrom);
        Assert.Equal("Idlib", e.Location!.Text);
    }

    [Fact]
    public void PlaceInTheAgentsOwnPhrase_IsItsHome()
    {
        var e = One("The rebels of Mindanao ambushed an army convoy.", "19");
        Assert.Equal("PHLREB", e.Source!.Code);
    }

    [Theory]
    [InlineData("Police arrested Jackson on Monday.")]
    [InlineData("Gunmen abducted Victoria near her home.")]
    public void NameOfPlacesInSeveralCountries_WithNoPreposition_IsNoPlace(string text) =>
        Assert.All(Code(text), e => Assert.Null(e.Location));
}
