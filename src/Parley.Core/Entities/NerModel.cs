using Parley.Documents;
using Parley.Learning;

namespace Parley.Entities;

/// <summary>
/// The trained named-entity recognizer: greedy left to right over a tagged sentence, hashed features
/// (<see cref="NerFeatures"/>) scored by a <see cref="HashedPerceptron"/>, only valid IOB2 transitions allowed.
/// Immutable and thread-safe; each call brings its own <see cref="NerScratch"/>.
/// </summary>
public sealed class NerModel
{
    /// <summary>Creates a model from its trained parts.</summary>
    public NerModel(NerLabels labels, Gazetteer gazetteer, HashedPerceptron perceptron)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(perceptron);
        if (perceptron.ClassCount != labels.Count)
            throw new ArgumentException($"perceptron has {perceptron.ClassCount} classes, labels {labels.Count}", nameof(perceptron));
        Labels = labels;
        Gazetteer = gazetteer;
        Perceptron = perceptron;
    }

    /// <summary>The classes.</summary>
    public NerLabels Labels { get; }

    /// <summary>The name lists behind the gazetteer features.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>The weights.</summary>
    public HashedPerceptron Perceptron { get; }

    /// <summary>Labels one tagged sentence, writing class ids into <paramref name="classes"/>.</summary>
    public void Tag(Document doc, ReadOnlySpan<TokenData> tokens, Span<int> classes, NerScratch scratch)
    {
        ArgumentNullException.ThrowIfNull(scratch);
        scratch.Prepare(doc, tokens, Gazetteer, Labels.Count);
        Span<ulong> features = stackalloc ulong[NerFeatures.PerToken];
        for (var i = 0; i < tokens.Length; i++)
        {
            var n = NerFeatures.Fill(scratch.Keys, i, Prev(classes, i - 1), Prev(classes, i - 2), features);
            Perceptron.Score(features[..n], scratch.Scores);
            classes[i] = BestAllowed(Labels, scratch.Scores, Prev(classes, i - 1));
        }
    }

    /// <summary>The best-scoring class that may follow <paramref name="prev"/>.</summary>
    internal static int BestAllowed(NerLabels labels, ReadOnlySpan<float> scores, int prev)
    {
        var best = 0;
        for (var c = 1; c < labels.Count; c++)
            if (scores[c] > scores[best] && labels.Allowed(prev, c))
                best = c;
        return best;
    }

    internal static int Prev(ReadOnlySpan<int> classes, int j) => j < 0 ? -1 : classes[j];
}

/// <summary>Reusable buffers for labelling one sentence at a time; one per thread.</summary>
public sealed class NerScratch
{
    internal NerWordKeys[] Keys;
    internal ulong[] TokenKeys;
    internal GazetteerKind[] Begins;
    internal GazetteerKind[] Inside;
    internal float[] Scores = new float[16];
    internal ulong[] XposKeys;
    private Document? _document;

    /// <summary>Buffers for sentences of up to 64 words; they grow when a longer one comes.</summary>
    public NerScratch()
        : this(64, 64)
    {
    }

    /// <summary>
    /// Buffers sized for sentences of at most <paramref name="tokens"/> words of a document with
    /// <paramref name="strings"/> pooled strings, so that labelling that document allocates nothing more.
    /// </summary>
    public NerScratch(int tokens, int strings)
    {
        TokenKeys = new ulong[tokens];
        Begins = new GazetteerKind[tokens];
        Inside = new GazetteerKind[tokens];
        Keys = new NerWordKeys[tokens + 2 * NerFeatures.Margin];
        XposKeys = new ulong[strings];
    }

    internal void Prepare(Document doc, ReadOnlySpan<TokenData> tokens, Gazetteer gazetteer, int classes)
    {
        if (TokenKeys.Length < tokens.Length)
        {
            TokenKeys = new ulong[tokens.Length * 2];
            Begins = new GazetteerKind[tokens.Length * 2];
            Inside = new GazetteerKind[tokens.Length * 2];
            Keys = new NerWordKeys[tokens.Length * 2 + 2 * NerFeatures.Margin];
        }
        if (Scores.Length < classes)
            Scores = new float[classes];
        // The XPOS keys are cached by the document's string ids: cleared when the document changes.
        if (!ReferenceEquals(doc, _document) || XposKeys.Length < doc.Strings.Count)
        {
            _document = doc;
            if (XposKeys.Length < doc.Strings.Count)
                XposKeys = new ulong[doc.Strings.Count * 2];
            else
                Array.Clear(XposKeys);
        }
        NerFeatures.Prepare(doc, tokens, gazetteer, Keys, TokenKeys, Begins, Inside, XposKeys);
    }
}
