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
            Assert.Contains("chosen: " + e.Rule.Split('+')[0], text, StringComparison.Ordinal);
        var listed = text[(text.IndexOf("# events\n", StringComparison.Ordinal) + 9)..].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(EventJsonWriter.ToJson(coded), listed);
        Assert.All(explained.GetLayer<CodingTrace>()!.Decisions, d => Assert.False(string.IsNullOrEmpty(d.Outcome)));
    }

    [Fact]
    public void Explain_ShowsTheAntecedentOfACoreferentMention_AndTheDateOfTheCode()
    {
        var text = Explain("Donald Trump and Kim Jong Un met in Singapore. They signed a statement. Kim's regime later praised the summit. " +
            "The regime said it wanted peace.", new DateOnly(2018, 7, 19));
        var regime = Assert.Single(text.Split('\n'), l => l.StartsWith("actor: \"The regime\"", StringComparison.Ordinal));
        Assert.Contains("→ PRKGOV", regime, StringComparison.Ordinal);
        Assert.Contains("; antecedent \"Kim's regime\"", regime, StringComparison.Ordinal);
        var they = text.Split('\n').Where(l => l.StartsWith("actor: \"They\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, they.Count);
        Assert.Contains(they, l => l.Contains("→ USAGOV Donald Trump", StringComparison.Ordinal) && l.Contains("; antecedent \"Donald Trump\" [0,12)", StringComparison.Ordinal));
        Assert.Contains(they, l => l.Contains("→ PRKGOV Kim Jong Un", StringComparison.Ordinal) && l.Contains("; antecedent \"Kim Jong Un\"", StringComparison.Ordinal));
        Assert.All(they, l => Assert.EndsWith("; date 2018-07-19", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_CodesAPersonInADatedEvent_ForThatDate()
    {
        var lines = Explain("In 2014, Donald Trump met with Kim Jong Un in Hanoi. Donald Trump criticized China.", new DateOnly(2026, 3, 1))
            .Split('\n').Where(l => l.StartsWith("actor: \"Donald Trump\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Contains("→ USABUS Donald Trump", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("; date 2014", lines[0], StringComparison.Ordinal);
        Assert.Contains("→ USAGOV Donald Trump", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("; date 2026-03-01", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_SaysWhereAContextCountryCameFrom()
    {
        var text = Explain("Armed clashes erupted in Bolivia on Sunday. Both armies agreed to withdraw heavy weapons. The authorities closed two newspapers in Minsk.",
            new DateOnly(2024, 5, 1));
        Assert.Contains("  country: \"authorities\" → BLRGOV: country from place 'Minsk' (BLR)", text, StringComparison.Ordinal);
        // One country named before "both armies" makes no pair: they keep no country.
        Assert.Contains("outcome: coded; MIL → - 0356", text, StringComparison.Ordinal);
    }

    private static string Explain(string text, DateOnly date)
    {
        var doc = new Document(text, new DocumentMetadata("x", date));
        EngineFixture.TracingEngine.Process(doc);
        var output = new StringWriter();
        Explainer.Write(doc, output);
        return output.ToString();
    }
}
