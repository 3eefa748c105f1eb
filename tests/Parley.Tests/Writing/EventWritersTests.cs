using System.Text.Json;
using Parley.Actors;
using Parley.Events;
using Parley.Tests.Events;
using Parley.Tests.Support;
using Parley.Writing;

namespace Parley.Tests.Writing;

public class EventWritersTests
{
    private static Parley.Documents.Document Coded()
    {
        var doc = ParsedSentence.From(
            "Donald_Trump/PROPN/2/nsubj met/VERB/0/root/meet with/ADP/4/case Kim_Jong_Un/PROPN/2/obl in/ADP/6/case Singapore/PROPN/2/obl " +
            "on/ADP/8/case June/PROPN/2/obl 12/NUM/8/nummod", new DateOnly(2018, 7, 19));
        EventCoderTests.Code(doc);
        return doc;
    }

    [Fact]
    public void Json_HasTheDocumentedFields_InOrder()
    {
        var output = new StringWriter();
        new EventJsonWriter().Write(Coded(), output);
        var line = Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        var names = json.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["id", "doc_id", "sentence", "date", "date_text", "date_source", "source", "target", "cameo", "cameo_root",
            "cameo_name", "goldstein", "quad_class", "plover", "modality", "location", "quote", "reported_by", "evidence"], names);
        var root = json.RootElement;
        Assert.Equal("USAGOV", root.GetProperty("source").GetProperty("code").GetString());
        Assert.Equal("2018-06-12", root.GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("quote").ValueKind);
        Assert.Equal(1.28967, root.GetProperty("location").GetProperty("lat").GetDouble(), 3);
    }

    [Fact]
    public void Json_Actor_HasTheIssueFields_ThenFlags_NullWhenFullyCoded()
    {
        var output = new StringWriter();
        new EventJsonWriter().Write(Coded(), output);
        using var json = JsonDocument.Parse(output.ToString());
        var source = json.RootElement.GetProperty("source");
        Assert.Equal(["text", "code", "country", "sector", "name", "start", "end", "flags"], source.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, source.GetProperty("flags").ValueKind);
    }

    [Fact]
    public void Flags_WithoutAListing_FlagAnUncodedActor_AndNameFlagsAsTheActorListingDoes()
    {
        Assert.Equal(ActorMentionFlags.NoCountry, EventActorFlags.None.For(new EventActor("someone", null, null, null, null, 0, 7, "agent")));
        Assert.Equal(ActorMentionFlags.None, EventActorFlags.None.For(new EventActor("Russia", "RUS", "RUS", null, "Russia", 0, 6, "name")));
        Assert.Equal(["NoSector", "NoRoleAtDate"], EventActorFlags.Names(ActorMentionFlags.NoRoleAtDate | ActorMentionFlags.NoSector));
        Assert.Empty(EventActorFlags.Names(ActorMentionFlags.None));
    }

    [Fact]
    public void Json_IsDeterministic()
    {
        var a = new StringWriter();
        var b = new StringWriter();
        new EventJsonWriter().Write(Coded(), a);
        new EventJsonWriter().Write(Coded(), b);
        Assert.Equal(a.ToString(), b.ToString());
    }

    [Theory]
    [InlineData(',')]
    [InlineData('\t')]
    public void Table_RowHasOneValuePerColumn(char separator)
    {
        var writer = new EventTableWriter(separator);
        var output = new StringWriter();
        writer.Write(Coded(), output);
        var row = output.ToString().TrimEnd('\n');
        Assert.Equal(EventTableWriter.Columns.Count, writer.Header.Split(separator).Length);
        Assert.Contains("USAGOV", row.Split(separator));
        Assert.DoesNotContain('\n', row);
        // Each actor's flags close its columns; empty when it is fully coded.
        var columns = EventTableWriter.Columns.ToList();
        Assert.Equal(columns.IndexOf("source_name") + 1, columns.IndexOf("source_flags"));
        Assert.Equal(columns.IndexOf("target_name") + 1, columns.IndexOf("target_flags"));
        Assert.Equal("", row.Split(separator)[columns.IndexOf("source_flags")]);
    }
}
