using Parley.Documents;
using Parley.Pipeline;

namespace Parley.Lemmatization;

/// <summary>
/// The lemma stage: for every token, the exception table's lemma for its (form, XPOS), else its tag's suffix
/// rule (<see cref="LemmaTables"/>). An irregular past form the tagger did not recognise in a sentence it left
/// without a verb is first retagged as the verb (<see cref="PastFormRepair"/>). Immutable and thread-safe.
/// </summary>
public sealed class Lemmatizer(LemmaTables tables) : IPipelineStage
{
    /// <summary>The rules and exceptions.</summary>
    public LemmaTables Tables { get; } = tables ?? throw new ArgumentNullException(nameof(tables));

    /// <inheritdoc />
    public string Name => "lemmatize";

    /// <inheritdoc />
    public Annotations Requires => Annotations.Tags;

    /// <inheritdoc />
    public Annotations Assigns => Annotations.Lemmas;

    /// <inheritdoc />
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var sentence in document.Sentences)
            PastFormRepair.Repair(document, sentence, Tables);
        var tokens = document.Tokens;
        Span<char> buffer = stackalloc char[256];
        for (var i = 0; i < tokens.Length; i++)
        {
            ref var t = ref tokens[i];
            var form = document.Slice(t.Start, t.End);
            t.Lemma = document.Strings.Intern(Tables.Lemmatize(form, document.Strings[t.Xpos], buffer));
        }
    }
}
