using Parley.Documents;
using Parley.Pipeline;

namespace Parley.Tagging;

/// <summary>
/// The part-of-speech stage: writes UPOS, XPOS and UD features of every token, sentence by sentence, with a
/// trained <see cref="TaggerModel"/>. Immutable and thread-safe.
/// </summary>
public sealed class Tagger(TaggerModel model) : IPipelineStage
{
    /// <summary>The model.</summary>
    public TaggerModel Model { get; } = model ?? throw new ArgumentNullException(nameof(model));

    /// <inheritdoc />
    public string Name => "tag";

    /// <inheritdoc />
    public Annotations Requires => Annotations.Tokens | Annotations.Sentences;

    /// <inheritdoc />
    public Annotations Assigns => Annotations.Tags | Annotations.Features;

    /// <inheritdoc />
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        // Tags, features, lemmas and relations: a pool of at most about two strings a word, allocated once.
        document.Strings.EnsureCapacity(Math.Min(2 * document.Tokens.Length + 32, 4096));
        var (maxTokens, maxChars) = Longest(document);
        var scratch = new TaggerScratch(maxTokens, maxChars);
        var classes = new int[maxTokens];
        var tokens = document.Tokens;
        // String ids by class, interned on first use: the XPOS, and the FEATS when the word has no exception.
        var xposIds = new int[Model.Tags.Count];
        var featsIds = new int[Model.Tags.Count];
        Array.Fill(xposIds, -1);
        Array.Fill(featsIds, -1);
        foreach (var s in document.Sentences)
        {
            var sentence = tokens.Slice(s.FirstToken, s.TokenCount);
            Model.Tag(document.Text, sentence, classes, scratch);
            for (var i = 0; i < sentence.Length; i++)
            {
                var c = classes[i];
                ref var t = ref sentence[i];
                t.Upos = Model.Tags.Upos(c);
                t.Xpos = xposIds[c] >= 0 ? xposIds[c] : xposIds[c] = document.Strings.Intern(Model.Tags.Xpos(c));
                var feats = Model.ExceptionFeats(scratch, i, c);
                t.Feats = feats is not null ? document.Strings.Intern(feats)
                    : featsIds[c] >= 0 ? featsIds[c] : featsIds[c] = document.Strings.Intern(Model.Feats.Default(c));
            }
        }
    }

    // The most words and the most characters of a sentence of the document.
    private static (int Tokens, int Chars) Longest(Document document)
    {
        var (tokens, chars) = (0, 0);
        var all = document.Tokens;
        foreach (var s in document.Sentences)
        {
            tokens = Math.Max(tokens, s.TokenCount);
            if (s.TokenCount > 0)
                chars = Math.Max(chars, all[s.EndToken - 1].Start + all[s.EndToken - 1].Length - all[s.FirstToken].Start);
        }
        return (tokens, chars);
    }
}
