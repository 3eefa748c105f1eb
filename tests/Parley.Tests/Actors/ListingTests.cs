using System.Text.Json;
using Parley.Actors;
using Parley.Cli;
using Parley.Events;
using Parley.Tests.Tokenization;

namespace Parley.Tests.Actors;

/// <summary>
/// The actor listing (<c>parley actors</c>, the actors of <c>parley analyze</c>): the issue's "done when" list on
/// the sample article, codes chosen for the date the text gives an event in every output, and actors that cannot
/// be coded kept with what is known.
/// </summary>
public class ListingTests
{
    private static readonly Lazy<IReadOnlyList<ActorListingRow>> SampleRows = new(() =>
        ActorListing.Rows(ReferenceTests.Process(File.ReadAllText(RepoPaths.Sample), new DateOnly(2018, 7, 19))));

    /// <summary>The issue's list for the sample article: words, the code every row of them has, the antecedent's name if coreferent.</summary>
    public static TheoryData<string, string, string?> Sample => new()
    {
        { "Russian President Vladimir Putin", "RUSGOV", null },
        { "Putin", "RUSGOV", "Vladimir Putin" },
        { "U.S. President Donald Trump", "USAGOV", null },
        { "Trump", "USAGOV", "Donald Trump" },
        { "North Korean leader Kim Jong Un", "PRKGOV", null },
        { "U.S. State Secretary Mike Pompeo", "USAGOV", null },
        { "North Korean official", "PRKGOV", null },
        { "Kim’s regime", "PRKGOV", null },
        { "the regime", "PRKGOV", "North Korea" },
        { "Pyongyang", "PRK", null },
        { "the communist country", "PRK", "North Korea" },
        { "China", "CHN", null },
        { "Washington", "USA", null },
        { "United States", "USA", null },
        { "the president", "USAGOV", "Donald Trump" },
        { "he", "USAGOV", "Donald Trump" },
    };

    [Theory]
    [MemberData(nameof(Sample))]
    public void SampleArticle_DoneWhen(string text, string code, string? antecedent)
    {
        var rows = SampleRows.Value.Where(r => r.Text == text).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(code, r.Code));
        if (antecedent is not null)
            Assert.All(rows, r => Assert.Equal(antecedent, r.Name));
        Assert.All(rows, r => Assert.Equal("2018-07-19", r.Date));
    }

    [Fact]
    public void SampleArticle_TheyIsTrumpAndKim()
    {
        var they = SampleRows.Value.Where(r => r.Text == "They").Select(r => (r.Code, r.Name)).Order().ToList();
        Assert.Equal([("PRKGOV", "Kim Jong Un"), ("USAGOV", "Donald Trump")], they);
    }

    [Fact]
    public void SampleArticle_RowsAreInTextOrder_WithSpansIntoTheText()
    {
        var text = File.ReadAllText(RepoPaths.Sample);
        Assert.Equal(SampleRows.Value.Select(r => r.Start).Order(), SampleRows.Value.Select(r => r.Start));
        Assert.All(SampleRows.Value, r => Assert.Equal(text[r.Start..r.End], r.Text));
    }

    private const string Dated = "In 2014, Donald Trump met with Kim Jong Un in Hanoi. Donald Trump criticized China.";

    [Fact]
    public void PersonInAnEventTheTextDates_TakesThatDatesRole_OthersThePublicationDates()
    {
        var rows = ActorListing.Rows(ReferenceTests.Process(Dated, new DateOnly(2026, 3, 1))).Where(r => r.Text == "Donald Trump").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(("USABUS", "2014"), (rows[0].Code, rows[0].Date));
        Assert.Contains("event-date", rows[0].Rule, StringComparison.Ordinal);
        Assert.Equal(("USAGOV", "2026-03-01"), (rows[1].Code, rows[1].Date));
    }

    [Fact]
    public void EveryOutput_CodesTheDatedMentionAlike()
    {
        var path = Path.Combine(Path.GetTempPath(), $"parley-dated-{Environment.ProcessId}.txt");
        File.WriteAllText(path, Dated);
        try
        {
            var code = Lines(Run("code", path, "--date", "2026-03-01"));
            var e = Assert.Single(code, l => l.GetProperty("cameo_root").GetString() == "04");
            Assert.Equal("USABUS", e.GetProperty("source").GetProperty("code").GetString());
            var analyze = Assert.Single(Lines(Run("analyze", path, "--date", "2026-03-01")));
            var fromAnalyze = analyze.GetProperty("actors").EnumerateArray().First(a => a.GetProperty("start").GetInt32() == 9);
            Assert.Equal("USABUS", fromAnalyze.GetProperty("code").GetString());
            var fromActors = Lines(Run("actors", path, "--date", "2026-03-01", "--format", "json")).First(a => a.GetProperty("start").GetInt32() == 9);
            Assert.Equal("USABUS", fromActors.GetProperty("code").GetString());
            Assert.Equal("2014", fromActors.GetProperty("date").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void UncodableActors_AreKeptWithWhatIsKnown_AndFlagged()
    {
        var doc = ReferenceTests.Process("Officials said militants attacked a village. In 1990, Kim Jong Un met Vladimir Putin in Moscow.", new DateOnly(2024, 1, 10));
        var rows = ActorListing.Rows(doc);
        var officials = Assert.Single(rows, r => r.Text == "Officials");
        Assert.Equal(("GOV", null, ActorMentionFlags.NoCountry), (officials.Sector, officials.Country, officials.Flags));
        var kim = Assert.Single(rows, r => r.Text == "Kim Jong Un");
        Assert.Null(kim.Code);
        Assert.Equal("Kim Jong Un", kim.Name);
        Assert.True(kim.Flags.HasFlag(ActorMentionFlags.NoRoleAtDate));
        var meeting = Assert.Single(doc.GetLayer<CodedEvents>()!.Items, e => e.CameoRoot == "04");
        Assert.Equal(("Kim Jong Un", null, "Kim Jong Un"), (meeting.Source!.Text, meeting.Source.Code, meeting.Source.Name));
    }

    [Fact]
    public void CodeAndActorsOutputs_KeepAnUncodableActor_WithItsTextAndName()
    {
        var path = Path.Combine(Path.GetTempPath(), $"parley-uncodable-{Environment.ProcessId}.txt");
        File.WriteAllText(path, "In 1990, Kim Jong Un met Vladimir Putin in Moscow. Officials said militants attacked a village.");
        try
        {
            var meeting = Assert.Single(Lines(Run("code", path, "--date", "2024-01-10")), l => l.GetProperty("cameo_root").GetString() == "04");
            var source = meeting.GetProperty("source");
            Assert.Equal(("Kim Jong Un", JsonValueKind.Null, "Kim Jong Un"),
                (source.GetProperty("text").GetString(), source.GetProperty("code").ValueKind, source.GetProperty("name").GetString()));
            var actors = Lines(Run("actors", path, "--date", "2024-01-10", "--format", "json"));
            var kim = Assert.Single(actors, a => a.GetProperty("text").GetString() == "Kim Jong Un");
            Assert.Equal(JsonValueKind.Null, kim.GetProperty("code").ValueKind);
            Assert.Contains("NoRoleAtDate", kim.GetProperty("flags").GetString(), StringComparison.Ordinal);
            var militants = Assert.Single(actors, a => a.GetProperty("text").GetString() == "militants");
            Assert.Equal(("UAF", "NoCountry"), (militants.GetProperty("sector").GetString(), militants.GetProperty("flags").GetString()));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Table_HasOneColumnPerField_AndAntecedents()
    {
        var rows = Run("actors", RepoPaths.Sample, "--date", "2018-07-19").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split('\t')).ToList();
        Assert.Equal(["doc", "start", "end", "text", "code", "name", "title", "rule", "entries", "flags", "antecedent", "date"], rows[0]);
        Assert.All(rows, r => Assert.Equal(12, r.Length));
        Assert.Contains(rows, r => r[3] == "the communist country" && r[4] == "PRK" && r[10].StartsWith("Pyongyang@", StringComparison.Ordinal));
    }

    private static string Run(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        Assert.Equal(0, CliApp.Run(args, stdout, stderr));
        return stdout.ToString();
    }

    private static List<JsonElement> Lines(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];
}
