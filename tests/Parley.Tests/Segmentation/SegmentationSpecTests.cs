using Parley.Documents;
using Parley.Tests.Tokenization;
using Parley.Tokenization;

namespace Parley.Tests.Segmentation;

/// <summary>
/// Runs every example of <c>specs/segmentation/*.md</c>: the <c>in:</c> text must split into exactly the
/// listed sentences, <c>p:</c> for one that starts a paragraph and <c>s:</c> for one that does not.
/// </summary>
public class SegmentationSpecTests
{
    public static TheoryData<string, string, string> Examples()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var ex in SpecFile.Read("segmentation"))
            data.Add(ex.Id, ex.Input, string.Join('\n', ex.Expectations.Select(e => e.Key + "\t" + e.Value)));
        return data;
    }

    [Fact]
    public void Specs_HaveExamples() => Assert.True(Examples().Count >= 20);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_SplitsAsSpecified(string id, string escapedInput, string expected)
    {
        var input = SpecFile.Unescape(escapedInput);
        var doc = new Document(input, new DocumentMetadata(id));
        TokenizationPipeline.Default.Process(doc);
        var actual = Enumerable.Range(0, doc.SentenceCount)
            .Select(i => (doc.Sentence(i).Data.StartsParagraph ? "p" : "s") + "\t" + doc.Sentence(i).Text).ToList();
        var wanted = expected.Split('\n').Select(l => l[..2] + SpecFile.Unescape(l[2..])).ToList();
        Assert.True(wanted.SequenceEqual(actual), $"{id}: expected\n{string.Join('\n', wanted)}\n  actual\n{string.Join('\n', actual)}");
    }
}
