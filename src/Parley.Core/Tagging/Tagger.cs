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
        var scratch = new TaggerScratch();
        var classes = new int[MaxSentence(document)];
        var tokens = document.Tokens;
        foreach (var s in document.Sentences)
        {
            var sentence = tokens.Slice(s.FirstToken, s.TokenCount);
            Model.Tag(document.Text, sentence, classes, scratch);
            for (var i = 0; i < sentence.Length; i++)
            {
                var c = classes[i];
                ref var t = ref sentence[i];
                t.Upos = Model.Tags.Upos(c);
                t.Xpos = document.Strings.Intern(Model.Tags.Xpos(c));
                t.Feats = document.Strings.Intern(Model.FeatsOf(scratch, i, c));
            }
        }
    }

    private static int MaxSentence(Document document)
    {
        var max = 0;
        foreach (var s in document.Sentences)
            max = Math.Max(max, s.TokenCount);
        return max;
    }
}
