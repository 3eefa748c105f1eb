using Parley.Documents;
using Parley.Engine;
using Parley.Events;

namespace Parley.Tests.Engine;

/// <summary>The sample article end to end: the events a careful analyst codes from it (DEVELOPERS.md names them).</summary>
public class SampleArticleTests
{
    private static readonly Lazy<(Document Doc, IReadOnlyList<CodedEvent> Events)> Coded = new(() =>
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Repo, "samples", "putin-trump-north-korea.txt"));
        var doc = new Document(text, new DocumentMetadata("sample", new DateOnly(2018, 7, 19)));
        EngineFixture.Engine.Process(doc);
        return (doc, doc.GetLayer<CodedEvents>()!.Items);
    });

    private static IReadOnlyList<CodedEvent> Events => Coded.Value.Events;

    // (sentence, CAMEO, source code, target code or null) of every event a careful analyst codes from the article.
    public static TheoryData<int, string, string, string?> Expected => new()
    {
        { 0, "051", "RUSGOV", "USAGOV" },
        { 3, "044", "USAGOV", "PRKGOV" },
        { 4, "057", "USAGOV", "PRKGOV" },
        { 4, "057", "PRKGOV", "USAGOV" },
        { 5, "033", "USAGOV", "PRK" },
        { 5, "032", "USA", "PRK" },
        { 5, "032", "PRK", "USA" },
        { 6, "0873", "PRK", null },
        { 6, "0841", "PRK", "USACVL" },
        { 7, "0353", "PRK", "USAMIL" },
        { 8, "130", "PRK", "USAGOV" },
        { 8, "150", "PRKGOV", null },
        { 9, "138", "USAGOV", "PRK" },
        { 10, "163", "USAGOV", "PRKGOV" },
        { 11, "042", "USAGOV", "PRK" },
        { 12, "111", "PRKGOV", "USA" },
        { 13, "010", "CHN", null },
    };

    [Fact]
    public void TradeRetaliation_IsNotAThreatOfForce()
    {
        // "China issued a statement … saying it will retaliate" (over tariffs): a bare "retaliate" names no
        // military means, so it is not coded as fighting or threatening force.
        Assert.DoesNotContain(Events, e => e.Sentence == 13 && e.CameoRoot is "13" or "19");
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void ExpectedEvent_IsCoded(int sentence, string cameo, string source, string? target) =>
        Assert.Contains(Events, e => e.Sentence == sentence && e.Cameo == cameo && e.Source?.Code == source && e.Target?.Code == target);

    [Fact]
    public void Compliment_InventsNoDenuclearization()
    {
        // "complimented Trump on advancing the denuclearization of North Korea": the praise is the only act.
        var e = Assert.Single(Events, e => e.Sentence == 0);
        Assert.Equal("051", e.Cameo);
        Assert.DoesNotContain(Events, e => e.Source?.Code == "RUSGOV" && e.CameoRoot == "08");
    }

    [Fact]
    public void Threat_FacedByTrump_ComesFromNorthKorea()
    {
        var e = Assert.Single(Events, e => e.Cameo == "130");
        Assert.Equal(("North Korea", "Trump"), (e.Source!.Text, e.Target!.Text));
    }

    [Fact]
    public void Russia_Praises_UnitedStates_051() =>
        Assert.Contains(Events, e => e.Cameo == "051" && e.Source?.Code == "RUSGOV" && e.Target?.Code == "USAGOV");

    [Fact]
    public void Summit_Meeting_InSingapore_OnJune12()
    {
        var e = Assert.Single(Events, e => e.CameoRoot == "04" && e.Source?.Code == "USAGOV" && e.Target?.Code == "PRKGOV");
        Assert.Equal("044", e.Cameo); // Singapore is neither side's country: a meeting at a third location
        Assert.Equal(("2018-06-12", "text"), (e.Date.ToString(), e.DateSource));
        Assert.Equal(("Singapore", "SGP"), (e.Location!.Name, e.Location.Country));
        Assert.Equal(1.29, e.Location.Lat, 0.05);
        Assert.Equal(103.85, e.Location.Lon, 0.05);
        Assert.Equal("CONSULT", e.Plover.Event);
    }

    [Fact]
    public void UnitedStates_ThreatensMilitaryForce_138() =>
        Assert.Contains(Events, e => e.Cameo == "138" && e.Source?.Code == "USAGOV");

    [Fact]
    public void UnitedStates_Sanctions_TheRegime_163() =>
        Assert.Contains(Events, e => e.Cameo == "163" && e.Source?.Code == "USAGOV" && e.Target?.Country == "PRK" && e.Target.Text == "the regime");

    [Fact]
    public void NorthKoreanOfficial_Denounces_UnitedStates_111()
    {
        var e = Assert.Single(Events, e => e.Cameo == "111" && e.Source?.Code == "PRKGOV");
        Assert.Equal("USA", e.Target?.Country);
        Assert.Equal("an unnamed North Korean official", e.Quote?.Speaker);
    }

    [Fact]
    public void PompeoVisit_Ends_OnJuly7()
    {
        var e = Assert.Single(Events, e => e.Cameo == "042" && e.Source?.Name == "Mike Pompeo");
        Assert.Equal(("USAGOV", "PRK"), (e.Source!.Code, e.Target?.Code));
        Assert.Equal(("2018-07-07", "on July 7"), (e.Date.ToString(), e.DateText));
    }

    [Fact]
    public void EveryEvent_HasEvidenceSpansInsideItsSentence()
    {
        var doc = Coded.Value.Doc;
        foreach (var e in Events)
        {
            var s = doc.Sentence(e.Sentence);
            Assert.Equal(s.Text, e.EvidenceText);
            Assert.Contains(e.Spans, x => x.Role == "predicate");
            Assert.All(e.Spans.Where(x => x.Role is "source" or "target" or "predicate"), x => Assert.InRange(x.Start, s.Start, s.End));
        }
    }

    [Fact]
    public void Coding_IsDeterministic()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Repo, "samples", "putin-trump-north-korea.txt"));
        var again = new Document(text, new DocumentMetadata("sample", new DateOnly(2018, 7, 19)));
        EngineFixture.Engine.Process(again);
        Assert.Equal(Parley.Writing.EventJsonWriter.ToJson(Coded.Value.Doc), Parley.Writing.EventJsonWriter.ToJson(again));
    }
}
