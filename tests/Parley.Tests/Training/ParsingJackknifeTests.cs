using CsCheck;
using Parley.Diagnostics;
using Parley.Documents;
using Parley.Pipeline;
using Parley.Reading.Conllu;
using Parley.Training;

namespace Parley.Tests.Training;

public class ParsingJackknifeTests
{
    [Fact]
    public void Folds_AreSeeded_Balanced_AndInRange()
    {
        Gen.Select(Gen.Int[0, 300], Gen.Int[2, 12], Gen.Int).Sample((count, folds, seed) =>
        {
            var fold = ParsingJackknife.Folds(count, folds, seed);
            Assert.Equal(fold, ParsingJackknife.Folds(count, folds, seed));
            Assert.All(fold, f => Assert.InRange(f, 0, folds - 1));
            var sizes = Enumerable.Range(0, folds).Select(f => fold.Count(x => x == f)).ToArray();
            Assert.True(sizes.Max() - sizes.Min() <= 1, string.Join(',', sizes));
        });
    }

    [Fact]
    public void Folds_DependOnTheSeed()
    {
        Assert.NotEqual(ParsingJackknife.Folds(100, 10, 1), ParsingJackknife.Folds(100, 10, 2));
    }

    [Fact]
    public void Retag_TagsEachDocumentOnce_WithATaggerThatDidNotSeeIt_AndKeepsTrees()
    {
        var docs = Documents(23);
        var heads = docs.Select(d => d.Tokens.ToArray().Select(t => t.Head).ToArray()).ToList();
        var trainedOn = new List<HashSet<string>>();
        var taggedBy = new Dictionary<string, int>();
        var accuracy = ParsingJackknife.Retag(docs, 5, 7, rest =>
        {
            trainedOn.Add([.. rest.Select(d => d.Metadata.Id)]);
            return new MarkingTagger(trainedOn.Count - 1, taggedBy);
        }, TextWriter.Null);
        Assert.Equal(5, trainedOn.Count);
        Assert.Equal(docs.Select(d => d.Metadata.Id).Order(), taggedBy.Keys.Order());
        foreach (var (id, tagger) in taggedBy)
        {
            Assert.DoesNotContain(id, trainedOn[tagger]);
            Assert.Equal(docs.Count - taggedBy.Count(p => p.Value == tagger), trainedOn[tagger].Count);
        }
        Assert.All(docs, d => Assert.All(d.Tokens.ToArray(), t => Assert.Equal(Upos.X, t.Upos)));
        Assert.Equal(heads, docs.Select(d => d.Tokens.ToArray().Select(t => t.Head).ToArray()).ToList());
        Assert.Equal(0.0, accuracy);
    }

    private static List<Document> Documents(int count)
    {
        var text = string.Concat(Enumerable.Range(0, count).Select(i =>
            $"# newdoc id = d{i}\n# sent_id = s{i}\n1\tKim\tKim\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n\n"));
        var diagnostics = new List<Diagnostic>();
        var docs = ConlluReader.Read(new StringReader(text), "jk.conllu", diagnostics).ToList();
        Assert.Empty(diagnostics);
        return docs;
    }

    // Tags every word X and records which fold's tagger tagged which document.
    private sealed class MarkingTagger(int fold, Dictionary<string, int> taggedBy) : IPipelineStage
    {
        public string Name => "mark";
        public Annotations Requires => Annotations.Tokens;
        public Annotations Assigns => Annotations.Tags;

        public void Process(Document document)
        {
            Assert.True(taggedBy.TryAdd(document.Metadata.Id, fold), $"{document.Metadata.Id} tagged twice");
            foreach (ref var token in document.Tokens)
                token.Upos = Upos.X;
        }
    }
}
