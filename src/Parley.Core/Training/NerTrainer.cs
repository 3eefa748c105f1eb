using Parley.Documents;
using Parley.Entities;
using Parley.Learning;

namespace Parley.Training;

/// <summary>Settings of a recognizer training run.</summary>
/// <param name="Epochs">Passes over the training sentences.</param>
/// <param name="Seed">Seed of the sentence shuffle.</param>
/// <param name="Prune">Features whose averaged weights are all at most this are dropped.</param>
public sealed record NerTrainingOptions(int Epochs = 10, int Seed = 1, float Prune = 0.05f);

/// <summary>
/// Trains the recognizer (<see cref="NerModel"/>) on documents with gold entity tags and predicted
/// part-of-speech tags: greedy averaged-perceptron training over valid IOB2 transitions, previous labels as
/// predicted. MISC and NORP gold mentions count as outside (NORP is marked by the gazetteer rule instead).
/// </summary>
public static class NerTrainer
{
    /// <summary>Trains a model; <paramref name="progress"/> receives each epoch's token accuracy (percent).</summary>
    public static NerModel Train(IReadOnlyList<Document> documents, Gazetteer gazetteer, NerTrainingOptions options, Action<int, double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        var labels = NerLabels.Default;
        var sentences = documents.SelectMany(d => d.Sentences.ToArray().Select(s => (Doc: d, Sentence: s))).ToList();
        var trainer = new HashedPerceptronTrainer(labels.Count);
        var scratch = new NerScratch();
        var scores = new float[labels.Count];
        var guesses = new int[Math.Max(1, sentences.Max(s => s.Sentence.TokenCount))];
        Span<ulong> features = stackalloc ulong[NerFeatures.PerToken];
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            var (right, total) = (0, 0);
            var order = Enumerable.Range(0, sentences.Count).ToArray();
            new Random(options.Seed * 7919 + epoch).Shuffle(order);
            foreach (var k in order)
            {
                var (doc, s) = sentences[k];
                var tokens = doc.Tokens.Slice(s.FirstToken, s.TokenCount);
                scratch.Prepare(doc, tokens, gazetteer, labels.Count);
                for (var i = 0; i < tokens.Length; i++)
                {
                    var gold = labels.Find(tokens[i].Entity);
                    var prev = NerModel.Prev(guesses, i - 1);
                    var n = NerFeatures.Fill(scratch.Keys, i, prev, NerModel.Prev(guesses, i - 2), features);
                    trainer.Score(features[..n], scores);
                    guesses[i] = NerModel.BestAllowed(labels, scores, prev);
                    trainer.Update(gold, guesses[i], features[..n]);
                    right += guesses[i] == gold ? 1 : 0;
                    total++;
                }
            }
            progress?.Invoke(epoch + 1, 100.0 * right / Math.Max(1, total));
        }
        return new NerModel(labels, gazetteer, trainer.Build(options.Prune));
    }
}
