using Parley.Diagnostics;
using Parley.Documents;
using Parley.Evaluation;
using Parley.Training;

namespace Parley.Tests.Entities;

// Floors a little under the figures measured by `parley train ner` (models/ner/MODEL.md) on the two held-out
// UNER splits the model never trains on.
public class NerScoreTests
{
    private static NerScores Score(string file)
    {
        var diags = new List<Diagnostic>();
        var map = NerTypeMap.Load(Path.Combine(TestPaths.Repo, "data", "ner", "type-map.tsv"), diags);
        var gold = NerCorpus.Read(TestPaths.Shared(file), map, diags);
        Assert.Empty(diags);
        var m = ShippedModels.Models;
        return NerEvaluation.Score(gold, [m.Tagger, m.Entities]);
    }

    [Fact]
    public void ShippedRecognizer_ScoresAboveFloor_OnUnerPudTest()
    {
        var scores = Score("uner-english/en_pud-ud-test.iob2");
        Assert.True(scores.All.Gold > 1000, scores.ToString());
        Assert.True(scores.All.F1 >= NerFloors.PudF1, scores.ToString());
    }

    [Fact]
    public void ShippedRecognizer_ScoresAboveFloor_OnUnerEwtTest()
    {
        var scores = Score("uner-english/en_ewt-ud-test.iob2");
        Assert.True(scores.All.F1 >= NerFloors.EwtTestF1, scores.ToString());
    }

    [Fact]
    public void Recognizer_MarksNationalityAdjectives_AsNorp()
    {
        var doc = IobDoc("North Korean and Russian officials met in Vladivostok .");
        var m = ShippedModels.Models;
        m.Tagger.Process(doc);
        m.Entities.Process(doc);
        Assert.Equal(["B-NORP", "I-NORP", "O", "B-NORP"], Enumerable.Range(0, 4).Select(i => doc.Token(i).Entity.ToString()));
        Assert.Equal(new EntityTag(Iob.B, EntityType.LOC), doc.Token(7).Entity);
    }

    private static Document IobDoc(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"parley-ner-{Environment.ProcessId}.txt");
        File.WriteAllLines(path, text.Split(' ').Select(w => w + "\tO"));
        var diags = new List<Diagnostic>();
        var doc = NerCorpus.Read(path, NerTypeMap.Load(Path.Combine(TestPaths.Repo, "data", "ner", "type-map.tsv"), diags), diags).Single();
        File.Delete(path);
        return doc;
    }
}
