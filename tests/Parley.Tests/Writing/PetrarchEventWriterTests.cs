using Parley.Tests.Events;
using Parley.Tests.Support;
using Parley.Writing;

namespace Parley.Tests.Writing;

public class PetrarchEventWriterTests
{
    [Fact]
    public void Writes_one_tab_separated_PETRARCH_line_per_event()
    {
        var doc = ParsedSentence.From(
            "Donald_Trump/PROPN/2/nsubj met/VERB/0/root/meet with/ADP/4/case Kim_Jong_Un/PROPN/2/obl in/ADP/6/case Singapore/PROPN/2/obl",
            new DateOnly(2018, 7, 19));
        EventCoderTests.Code(doc);
        var output = new StringWriter();
        new PetrarchEventWriter().Write(doc, output);
        var line = Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var fields = line.Split('\t');
        Assert.Equal(8, fields.Length);
        Assert.Equal("20180719", fields[0]);
        Assert.Equal("USAGOV", fields[1]);
        Assert.Equal(doc.Metadata.Id + "-1", fields[4]);
        Assert.Equal("met", fields[7]);
        Assert.EndsWith("\n", output.ToString(), StringComparison.Ordinal);
    }
}
