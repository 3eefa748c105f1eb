using Parley.Documents;
using Parley.Tokenization;

namespace Parley.Tests.Tokenization;

/// <summary>Runs every example of <c>specs/tokenization/*.md</c>: one test case per <c>in:</c>/<c>out:</c> pair.</summary>
public class TokenizationSpecTests
{
    public static TheoryData<string, string, string> Examples()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var ex in SpecFile.Read("tokenization"))
        {
            foreach (var (key, value) in ex.Expectations.Where(e => e.Key == "out"))
                data.Add(ex.Id, ex.Input, value);
        }
        return data;
    }

    [Fact]
    public void Specs_HaveExamples() => Assert.True(Examples().Count >= 40);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_TokenizesAsSpecified(string id, string escapedInput, string expected)
    {
        var input = SpecFile.Unescape(escapedInput);
        var tokens = Tokenizer.Default.Tokenize(input);
        var actual = tokens.Select(t => input.Substring(t.Start, t.Length)).ToList();
        Assert.True(SpecFile.SplitBars(expected).SequenceEqual(actual), $"{id}: expected {expected}\n  actual   {string.Join('|', actual)}");
        var doc = new Document(input, new DocumentMetadata(id));
        doc.SetTokens(tokens);
        Assert.Equal(input, doc.Reconstruct());
    }
}
