using Parley.Parsing;
using Parley.Training;

namespace Parley.Tests.Parsing;

public class PseudoProjectiveTests
{
    [Fact]
    public void LiftsACrossingArc_AndLowersItBack()
    {
        // "A hearing is scheduled on the issue today": "on" (5) depends on "hearing" (2), crossing "scheduled" (4).
        int[] heads = [0, 2, 4, 4, 0, 2, 7, 5, 4];
        string[] labels = ["", "det", "nsubj:pass", "aux:pass", "root", "nmod", "det", "obj", "obl:tmod"];
        Assert.True(PseudoProjective.IsNonProjective(heads, 5));
        Assert.Equal(1, PseudoProjective.Projectivize(heads, labels));
        Assert.Equal(4, heads[5]);
        Assert.Equal("nmod^nsubj:pass", labels[5]);
        Assert.All(Enumerable.Range(1, 8), d => Assert.False(PseudoProjective.IsNonProjective(heads, d)));
        PseudoProjective.Deprojectivize(heads, labels, 8);
        Assert.Equal(2, heads[5]);
        Assert.Equal("nmod", labels[5]);
    }

    [Fact]
    public void OnEwtDev_MakesEveryTreeProjective_AndRecoversMostLiftedArcs()
    {
        int nonProjective = 0, recovered = 0;
        foreach (var doc in ParsingFixtures.EwtDev)
        {
            foreach (var sentence in doc.Sentences)
            {
                var (gold, goldLabels) = ParsingExample.GoldTree(doc, sentence);
                var (heads, labels) = ((int[])gold.Clone(), (string[])goldLabels.Clone());
                var crossing = Enumerable.Range(1, heads.Length - 1).Where(d => PseudoProjective.IsNonProjective(gold, d)).ToList();
                PseudoProjective.Projectivize(heads, labels);
                Assert.All(Enumerable.Range(1, heads.Length - 1), d => Assert.False(PseudoProjective.IsNonProjective(heads, d)));
                PseudoProjective.Deprojectivize(heads, labels, heads.Length - 1);
                nonProjective += crossing.Count;
                recovered += crossing.Count(d => heads[d] == gold[d] && labels[d] == goldLabels[d]);
                Assert.True(ParsingExample.IsTree(heads));
            }
        }
        Assert.True(nonProjective > 20, $"{nonProjective} non-projective arcs");
        Assert.True(recovered >= 0.75 * nonProjective, $"{recovered} of {nonProjective} recovered");
    }
}
