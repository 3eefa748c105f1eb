using Parley.Diagnostics;
using Parley.Engine;
using Parley.Parsing;
using Parley.Tagging;

namespace Parley.Tests.Engine;

public sealed class SyntaxModelsTests
{
    [Fact]
    public void Loads_the_shipped_stages_in_pipeline_order_with_or_without_the_tagger()
    {
        var diagnostics = new List<Diagnostic>();
        var models = new SyntaxModels(null);

        var all = models.LoadStages(withTagger: true, diagnostics);
        var goldTags = models.LoadStages(withTagger: false, diagnostics);

        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(["Tagger", "Lemmatizer", "DependencyParser", "EntityRecognizer"], all!.Select(s => s.GetType().Name));
        Assert.IsType<DependencyParser>(goldTags![1]);
        Assert.Equal(3, goldTags.Count);
    }

    [Fact]
    public void A_missing_model_is_reported_and_nothing_is_loaded()
    {
        var diagnostics = new List<Diagnostic>();
        var models = new SyntaxModels(null, TaggerFile: Path.Combine(Path.GetTempPath(), "no-such-tagger.bin.gz"));

        Assert.True(models.HasTagger);
        Assert.Null(models.LoadStages(withTagger: true, diagnostics));
        Assert.Contains(diagnostics, d => d.Severity == Severity.Error && d.Message.Contains("no-such-tagger", StringComparison.Ordinal));
        Assert.IsType<Tagger>(new SyntaxModels(null).LoadStages(true, new List<Diagnostic>())![0]);
    }
}
