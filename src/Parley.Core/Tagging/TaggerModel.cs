using Parley.Documents;
using Parley.Learning;

namespace Parley.Tagging;

/// <summary>
/// The trained part-of-speech tagger in its fast form: greedy left to right, hashed features
/// (<see cref="TaggerFeatures"/>) scored by a <see cref="HashedPerceptron"/>, near-certain words from the
/// <see cref="TagDictionary"/>, full features from the <see cref="FeatsLexicon"/>. A stacked model then tags the
/// sentence again with a second perceptron (<see cref="Stacked"/>) that also sees the first pass's classes of the
/// following words. Immutable and thread-safe; each call brings its own <see cref="TaggerScratch"/>.
/// </summary>
public sealed class TaggerModel
{
    /// <summary>Creates a model from its trained parts; <paramref name="stacked"/> is the optional second pass.</summary>
    public TaggerModel(TagSet tags, TagDictionary dictionary, FeatsLexicon feats, HashedPerceptron perceptron, HashedPerceptron? stacked = null)
    {
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(perceptron);
        if (perceptron.ClassCount != tags.Count || (stacked is not null && stacked.ClassCount != tags.Count))
            throw new ArgumentException($"a perceptron's class count differs from the tag set's ({tags.Count})", nameof(perceptron));
        Tags = tags;
        Dictionary = dictionary;
        Feats = feats;
        Perceptron = perceptron;
        Stacked = stacked;
        Lexicon = new TaggerLexicon(dictionary, feats);
    }

    /// <summary>The dictionary and the features lexicon under one lookup per word.</summary>
    internal TaggerLexicon Lexicon { get; }

    /// <summary>The classes.</summary>
    public TagSet Tags { get; }

    /// <summary>The tag dictionary.</summary>
    public TagDictionary Dictionary { get; }

    /// <summary>The features lexicon.</summary>
    public FeatsLexicon Feats { get; }

    /// <summary>The weights of the first pass.</summary>
    public HashedPerceptron Perceptron { get; }

    /// <summary>The weights of the second pass, or null for a single-pass model.</summary>
    public HashedPerceptron? Stacked { get; }

    /// <summary>
    /// Tags one sentence (<paramref name="tokens"/> over <paramref name="text"/>), writing class ids into
    /// <paramref name="classes"/>; <paramref name="scratch"/> then holds each word's normalised form.
    /// </summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, Span<int> classes, TaggerScratch scratch)
    {
        ArgumentNullException.ThrowIfNull(scratch);
        scratch.Ensure(tokens.Length, Tags.Count, tokens.IsEmpty ? 0 : tokens[^1].Start + tokens[^1].Length - tokens[0].Start);
        TaggerFeatures.Prepare(text, tokens, Lexicon, scratch.Keys, scratch.Norms);
        var output = classes[..tokens.Length];
        // A single-pass model writes its classes straight into the output; a stacked one first into scratch.
        var first = Stacked is null ? output : scratch.First.AsSpan(0, tokens.Length);
        TaggerPasses.Run(new ModelGuesser(Perceptron, scratch.Scores), scratch.Keys, [], first);
        if (Stacked is not null)
            TaggerPasses.Run(new ModelGuesser(Stacked, scratch.Scores), scratch.Keys, first, output);
    }

    /// <summary>Tags with the first pass only (the second pass's input), for training.</summary>
    internal void TagFirstPass(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, Span<int> classes, TaggerScratch scratch)
    {
        scratch.Ensure(tokens.Length, Tags.Count);
        TaggerFeatures.Prepare(text, tokens, Lexicon, scratch.Keys, scratch.Norms);
        TaggerPasses.Run(new ModelGuesser(Perceptron, scratch.Scores), scratch.Keys, [], classes[..tokens.Length]);
    }

    /// <summary>The full FEATS string for word <paramref name="i"/> of the sentence last tagged with <paramref name="scratch"/>.</summary>
    public string FeatsOf(TaggerScratch scratch, int i, int cls)
    {
        ArgumentNullException.ThrowIfNull(scratch);
        return ExceptionFeats(scratch, i, cls) ?? Feats.Default(cls);
    }

    /// <summary>The word's own FEATS for class <paramref name="cls"/>, or null when the class's default applies.</summary>
    internal string? ExceptionFeats(TaggerScratch scratch, int i, int cls) =>
        Lexicon.Exception(scratch.Keys[i + TaggerFeatures.Margin].Entry, cls);

}

/// <summary>Reusable buffers for tagging one sentence at a time; one per thread.</summary>
public sealed class TaggerScratch
{
    internal WordKeys[] Keys;
    internal char[] Norms;
    internal float[] Scores = new float[128];
    internal int[] First;

    /// <summary>Buffers for sentences of up to 60 words; they grow when a longer one comes.</summary>
    public TaggerScratch()
    {
        Keys = new WordKeys[64];
        Norms = new char[64 * WordForms.MaxLength];
        First = new int[64];
    }

    /// <summary>
    /// Buffers sized for sentences of at most <paramref name="tokens"/> words and <paramref name="chars"/> characters
    /// (a document's longest), so that tagging the document allocates nothing more.
    /// </summary>
    public TaggerScratch(int tokens, int chars)
    {
        Keys = new WordKeys[tokens + 2 * TaggerFeatures.Margin];
        Norms = new char[chars + WordForms.MaxLength];
        First = new int[Keys.Length];
    }

    // Room for a sentence of `tokens` words spanning `chars` characters: each normalised form is written where the
    // ones before it end, into at least MaxLength free characters.
    internal void Ensure(int tokens, int classes, int chars = int.MaxValue)
    {
        if (Keys.Length < tokens + 2 * TaggerFeatures.Margin)
        {
            Keys = new WordKeys[tokens * 2 + 2 * TaggerFeatures.Margin];
            First = new int[Keys.Length];
        }
        var norms = Math.Min(Keys.Length * WordForms.MaxLength, chars + WordForms.MaxLength);
        if (Norms.Length < norms)
            Norms = new char[Keys.Length * WordForms.MaxLength];
        if (Scores.Length < classes)
            Scores = new float[classes];
    }

    internal ReadOnlySpan<char> NormOf(int i)
    {
        ref readonly var k = ref Keys[i + TaggerFeatures.Margin];
        return Norms.AsSpan(k.NormStart, k.NormLength);
    }
}
