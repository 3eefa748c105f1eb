using Parley.Documents;
using Parley.Engine;
using Parley.Events;
using Parley.Writing;

namespace Parley.Tests.Engine;

public class ExplainerTests
{
    [Theory]
    [InlineData("Donald Trump met with North Korean leader Kim Jong Un in Singapore on June 12.")]
    [InlineData("An unnamed North Korean official said in a statement that Washington's attitude was regrettable.")]
    [InlineData("China said on Wednesday it will retaliate against the United States.")]
    public void Explain_AgreesWithCode(string sentence)
    {
        var coded = new Document(sentence, new DocumentMetadata("x", new DateOnly(2018, 7, 19)));
        EngineFixture.Engine.Process(coded);
        var explained = new Document(sentence, new DocumentMetadata("x", new DateOnly(2018, 7, 19)));
        EngineFixture.TracingEngine.Process(explained);
        var output = new StringWriter();
        Explainer.Write(explained, output);
        var text = output.ToString();
        var events = coded.GetLayer<CodedEvents>()!.Items;
        Assert.NotEmpty(events);
        // The explanation lists the same events, and names the rule that fired for each.
        foreach (var e in events)
        {
            Assert.Contains(EventJsonWriter.ToJson(e), text, StringComparison.Ordinal);
            Assert.Contains("chosen: " + e.Rule.Split('+')[0], text, StringComparison.Ordinal);
        }
        var listed = text[(text.IndexOf("# events\n", StringComparison.Ordinal) + 9)..].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(events.Select(EventJsonWriter.ToJson), listed);
        Assert.All(explained.GetLayer<CodingTrace>()!.Decisions, d => Assert.False(string.IsNullOrEmpty(d.Outcome)));
    }
}
