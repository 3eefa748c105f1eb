using Parley.Diagnostics;
using Parley.Evaluation;
using Parley.Reading.Conllu;

namespace Parley.Tests.Tagging;

// Floors a little under the figures measured by `parley train tagger` (models/tagger/MODEL.md), so that a
// regression in the tagger, its features or the model file fails the build.
public class TaggerScoreTests
{
    [Fact]
    public void ShippedTagger_ScoresAboveFloor_OnEwtTest()
    {
        var diags = new List<Diagnostic>();
        var gold = ConlluReader.ReadFile(TestPaths.Shared("ud-english-ewt/en_ewt-ud-test.conllu.gz"), diags).ToList();
        var m = ShippedModels.Models;
        var scores = TaggingEvaluation.Score(gold, [m.Tagger, m.Lemmatizer]);
        Assert.Empty(diags);
        Assert.True(scores.Words > 25000, scores.ToString());
        Assert.True(scores.Upos >= TaggingFloors.Upos, scores.ToString());
        Assert.True(scores.Xpos >= TaggingFloors.Xpos, scores.ToString());
        Assert.True(scores.Feats >= TaggingFloors.Feats, scores.ToString());
        Assert.True(scores.Lemmas >= TaggingFloors.Lemmas, scores.ToString());
    }
}
