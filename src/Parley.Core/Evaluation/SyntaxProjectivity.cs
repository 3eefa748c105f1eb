using Parley.Documents;
using Parley.Parsing;
using Parley.Training;

namespace Parley.Evaluation;

/// <summary>
/// How non-projective a treebank is, and how many of its non-projective arcs the pseudo-projective transform
/// gives back exactly (head and relation) when its gold trees are lifted and then lowered again.
/// </summary>
/// <param name="Sentences">Sentences that are well-formed trees.</param>
/// <param name="NonProjectiveSentences">Sentences with at least one non-projective arc.</param>
/// <param name="Arcs">Words (one arc each).</param>
/// <param name="NonProjectiveArcs">Non-projective arcs.</param>
/// <param name="Recovered">Non-projective arcs restored exactly by lifting and lowering.</param>
public sealed record SyntaxProjectivity(int Sentences, int NonProjectiveSentences, int Arcs, int NonProjectiveArcs, int Recovered)
{
    /// <summary>Measures the gold trees of <paramref name="gold"/>.</summary>
    public static SyntaxProjectivity Measure(IEnumerable<Document> gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        int sentences = 0, npSentences = 0, arcs = 0, np = 0, recovered = 0;
        foreach (var doc in gold)
        {
            foreach (var sentence in doc.Sentences)
            {
                var (heads, labels) = ParsingExample.GoldTree(doc, sentence);
                if (!ParsingExample.IsTree(heads))
                    continue;
                var n = heads.Length - 1;
                var crossing = Enumerable.Range(1, n).Where(d => PseudoProjective.IsNonProjective(heads, d)).ToList();
                var (h, l) = ((int[])heads.Clone(), (string[])labels.Clone());
                PseudoProjective.Projectivize(h, l);
                PseudoProjective.Deprojectivize(h, l, n);
                sentences++;
                arcs += n;
                np += crossing.Count;
                npSentences += crossing.Count > 0 ? 1 : 0;
                recovered += crossing.Count(d => h[d] == heads[d] && l[d] == labels[d]);
            }
        }
        return new SyntaxProjectivity(sentences, npSentences, arcs, np, recovered);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{NonProjectiveSentences} of {Sentences} sentences non-projective; {NonProjectiveArcs} of {Arcs} arcs; " +
        $"{Recovered} restored exactly by lifting and lowering";
}
