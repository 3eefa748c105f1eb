using Parley.Tests.Support;

namespace Parley.Tests.Events;

/// <summary>An agent named after a party Parley does not know ("a Veltran spokesman") codes no guessed government.</summary>
public class UnknownOwnerTests
{
    private static readonly DateOnly Published = new(2020, 1, 1);

    [Fact]
    public void SpokesmanOfUnknownName_CodesNoActor()
    {
        var doc = ParsedSentence.From(
            "A/DET/3/det Veltran/PROPN/3/compound spokesman/NOUN/4/nsubj said/VERB/0/root/say the/DET/6/det plant/NOUN/8/nsubj " +
            "would/AUX/8/aux close/VERB/4/ccomp ./PUNCT/4/punct", Published);
        var events = EventCoderTests.Code(doc);
        Assert.DoesNotContain(events, e => e.Source?.Sector == "GOV");
    }

    [Fact]
    public void SpokesmanOfKnownName_KeepsItsCountry()
    {
        var doc = ParsedSentence.From(
            "A/DET/3/det Kremlin/PROPN/3/compound spokesman/NOUN/4/nsubj said/VERB/0/root/say the/DET/6/det plant/NOUN/8/nsubj " +
            "would/AUX/8/aux close/VERB/4/ccomp ./PUNCT/4/punct", Published);
        var events = EventCoderTests.Code(doc);
        Assert.Contains(events, e => e.Source?.Code == "RUSGOV" && e.Cameo == "010");
    }
}
