using Parley.Ontology;

namespace Parley.Tests.Ontology;

public class PloverCatalogTests
{
    private static readonly string[] SixteenTypes =
        ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];

    [Fact]
    public void ShippedTables_HaveTheSixteenTypesWithQuadClasses()
    {
        var plover = RepoData.Plover;
        Assert.Equal(SixteenTypes, plover.EventTypes.Select(e => e.Name));
        Assert.Equal([1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 4], plover.EventTypes.Select(e => e.QuadClass));
        Assert.Contains("visit", plover.FindEvent("CONSULT")!.Modes);
        Assert.NotNull(plover.FindContext("military"));
    }

    [Fact]
    public void EveryCameoCode_IsMappedOrUnmappedWithAReason()
    {
        foreach (var code in RepoData.Cameo.Codes)
        {
            var mapping = RepoData.Plover.Map(code.Code);
            Assert.NotNull(mapping);
            if (!mapping.IsMapped)
                Assert.False(string.IsNullOrWhiteSpace(mapping.Note), code.Code);
        }
        Assert.Equal(RepoData.Cameo.Codes.Length, RepoData.Plover.Mappings.Length);
    }

    [Fact]
    public void OnlyStatements_AreUnmapped()
    {
        var unmapped = RepoData.Plover.Mappings.Where(m => !m.IsMapped).Select(m => m.Cameo);
        Assert.All(unmapped, c => Assert.StartsWith("01", c));
    }

    [Theory]
    [InlineData("042", "CONSULT", "visit", false)]
    [InlineData("043", "CONSULT", "visit", true)]
    [InlineData("041", "CONSULT", "phone", false)]
    [InlineData("0871", "RETREAT", "ceasefire", false)]
    [InlineData("173", "COERCE", "arrest", false)]
    [InlineData("195", "ASSAULT", "aerial", false)]
    [InlineData("163", "SANCTION", "discontinue", false)]
    [InlineData("0233", "REQUEST", "assist", false)]
    public void Mappings_CarryTheImpliedMode(string cameo, string ev, string mode, bool swap)
    {
        var m = RepoData.Plover.Map(cameo)!;
        Assert.Equal((ev, mode, swap), (m.Event, m.Mode, m.SwapRoles));
    }

    [Fact]
    public void MappingsDescendingFromOneRoot_UseFewEventTypes()
    {
        // Material conflict CAMEO roots (14-20) never map to a cooperative PLOVER type, and cooperation roots 03-08 never to a conflict type.
        foreach (var m in RepoData.Plover.Mappings.Where(m => m.IsMapped))
        {
            var cameoQuad = RepoData.Cameo.Find(m.Cameo)!.QuadClass;
            var ploverQuad = RepoData.Plover.FindEvent(m.Event!)!.QuadClass;
            if (int.Parse(m.Cameo[..2]) >= 3)
                Assert.True(cameoQuad <= 2 == ploverQuad <= 2, $"{m.Cameo}: CAMEO quad {cameoQuad}, PLOVER {m.Event} quad {ploverQuad}");
        }
    }

    [Fact]
    public void BadRows_GiveDiagnosticsWithFileAndLine()
    {
        var dir = TempFile.Folder(
            ("event-types.tsv", "event\tquad\trecipient\tmodes\tdescription\nCONSULT\t1\tno\tvisit,phone\tmeet\n"),
            ("contexts.tsv", "context\tsource\tdescription\ndiplomatic\tmanual\td\n"),
            ("cameo-to-plover.tsv", "cameo\tevent\tmode\tcontexts\troles\torigin\tnote\n"
                + "04\tCONSULT\t\t\t\ttable\t\n040\tMEET\t\t\t\ttable\t\n041\tCONSULT\tfax\t\t\ttable\t\n"
                + "042\tCONSULT\tvisit\tweather\t\ttable\t\n043\t-\t\t\t\tparley\t\n999\tCONSULT\t\t\t\ttable\t\n04\tCONSULT\t\t\t\ttable\t\n"));
        var cameo = CameoCatalog.Load(RepoData.Path("data/cameo/event-codes.tsv")).Value!;
        var result = PloverCatalog.Load(dir, cameo);
        var rowErrors = result.Diagnostics.Where(d => d.Line is not null).Select(d => $"{d.Code}@{d.Line}");
        Assert.Equal(["PRL507@3", "PRL508@4", "PRL509@5", "PRL512@6", "PRL510@7", "PRL513@8"], rowErrors);
        Assert.Contains(result.Diagnostics, d => d.Code == "PRL511" && d.Message.Contains("'0211'"));
    }
}

public class EventOntologyTests
{
    [Fact]
    public void Load_GivesBothCatalogsAndDescribesCodes()
    {
        var result = EventOntology.Load(RepoData.Path("data"));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var (code, plover) = result.Value!.Describe("0841")!.Value;
        Assert.Equal(("Return, release person(s)", 7.0, 2), (code.Name, code.Goldstein, code.QuadClass));
        Assert.Equal(("RETREAT", "release"), (plover.Event, plover.Mode));
        Assert.Null(result.Value.Describe("999"));
    }

    [Fact]
    public void Load_FromAMissingFolder_IsADiagnostic()
    {
        var result = EventOntology.Load("/nonexistent");
        Assert.Null(result.Value);
        Assert.Equal("PRL500", Assert.Single(result.Diagnostics).Code);
    }
}
