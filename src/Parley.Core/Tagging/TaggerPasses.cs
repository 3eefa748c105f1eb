using Parley.Learning;

namespace Parley.Tagging;

/// <summary>Chooses a class from a position's features (and may learn from it, when training).</summary>
internal interface IGuesser
{
    int Guess(ReadOnlySpan<ulong> features, int position);
}

/// <summary>Guesses with a trained model.</summary>
internal readonly struct ModelGuesser(HashedPerceptron perceptron, float[] scores) : IGuesser
{
    public int Guess(ReadOnlySpan<ulong> features, int position)
    {
        var s = scores.AsSpan(0, perceptron.ClassCount);
        perceptron.Score(features, s);
        return AveragedPerceptron.ArgMax(s);
    }
}

/// <summary>Guesses with the current weights and updates them towards the gold class.</summary>
internal readonly struct TrainingGuesser(HashedPerceptronTrainer trainer, int[] gold) : IGuesser
{
    public int Guess(ReadOnlySpan<ulong> features, int position)
    {
        var guess = trainer.Predict(features);
        trainer.Update(gold[position], guess, features);
        return guess;
    }
}

/// <summary>
/// The tagger's decoding, shared by tagging and training: one greedy pass left to right over a prepared
/// sentence, each word seeing the tags already chosen for the two before it. Near-certain words take their
/// dictionary class. The second pass of a stacked model decodes the same way, and also sees the first pass's
/// classes of the word, the one before it and the two after it (<c>first</c>; empty in the first pass).
/// </summary>
internal static class TaggerPasses
{
    public static void Run<TGuesser>(TGuesser guesser, ReadOnlySpan<WordKeys> keys, ReadOnlySpan<int> first, Span<int> tags)
        where TGuesser : struct, IGuesser
    {
        Span<ulong> features = stackalloc ulong[TaggerTemplates.PerTokenStacked];
        for (var i = 0; i < tags.Length; i++)
        {
            var sure = keys[i + TaggerFeatures.Margin].Sure;
            if (sure >= 0)
            {
                tags[i] = sure;
                continue;
            }
            var prev = i >= 1 ? tags[i - 1] : TaggerTemplates.Start;
            var prev2 = i >= 2 ? tags[i - 2] : TaggerTemplates.Start;
            var n = TaggerFeatures.Fill(keys, i, prev, prev2, features);
            if (!first.IsEmpty)
                n += TaggerFeatures.FillStacked(keys, first, i, prev, features[n..]);
            tags[i] = guesser.Guess(features[..n], i);
        }
    }
}
