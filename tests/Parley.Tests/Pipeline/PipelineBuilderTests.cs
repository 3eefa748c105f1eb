using Parley.Documents;
using Parley.Pipeline;

namespace Parley.Tests.Pipeline;

public class PipelineBuilderTests
{
    private sealed class Stage(string name, Annotations requires, Annotations assigns) : IPipelineStage
    {
        public string Name => name;
        public Annotations Requires => requires;
        public Annotations Assigns => assigns;
        public int Calls { get; private set; }
        public void Process(Document document) => Calls++;
    }

    [Fact]
    public void Build_MissingRequirement_Throws()
    {
        var b = new PipelineBuilder().Add(new Stage("tag", Annotations.Tokens, Annotations.Tags));
        var ex = Assert.Throws<InvalidOperationException>(() => b.Build());
        Assert.Contains("tag", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_RunsStagesInOrder_AndMarksLayers()
    {
        var tok = new Stage("tok", Annotations.None, Annotations.Tokens);
        var tag = new Stage("tag", Annotations.Tokens, Annotations.Tags);
        var p = new PipelineBuilder().Add(tok).Add(tag).Build();
        var doc = new Document("x", new DocumentMetadata("d"));
        p.Process(doc);
        Assert.Equal(1, tok.Calls);
        Assert.Equal(1, tag.Calls);
        Assert.True(doc.Annotations.HasFlag(Annotations.Tags));
    }

    [Fact]
    public void Build_WithProvidedLayers_AcceptsStage_ButRejectsDocumentWithout()
    {
        var p = new PipelineBuilder().Add(new Stage("tag", Annotations.Tokens, Annotations.Tags)).Build(Annotations.Tokens);
        Assert.Throws<ArgumentException>(() => p.Process(new Document("x", new DocumentMetadata("d"))));
    }
}
