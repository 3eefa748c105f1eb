using Parley.Diagnostics;

namespace Parley.Tests.Diagnostics;

public class MessagesTests
{
    [Fact]
    public void Catalog_CodesAreUnique()
    {
        var codes = Messages.All().Select(m => m.Code).ToList();
        Assert.NotEmpty(codes);
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Diagnostic_ToString_NamesFileLineOffset()
    {
        var d = Diagnostic.Create(Messages.JsonlMalformed, new Location("in.jsonl", 3, 17), "unexpected end");
        Assert.Equal("in.jsonl:3:17: error PRL105: malformed JSON: unexpected end", d.ToString());
    }
}
