using System.Collections.Frozen;
using Parley.Data;
using Parley.Diagnostics;
using Parley.Documents;
using Parley.Pipeline;

namespace Parley.Quotes;

/// <summary>
/// Finds direct quotations (between “ ” or straight double quotes; an unclosed quotation ends at the line's end)
/// and their speakers: after the quotation (“…,” he said / said the minister), before it (the letter stated:
/// “…”) or in the same sentence (an official said in a statement that … were “regrettable”). Speech verbs come
/// from <c>data/quotes/speech-verbs.txt</c>. Adds a <see cref="Quotes"/> layer. Immutable and thread-safe.
/// </summary>
public sealed class QuoteFinder(FrozenSet<string> speechVerbs, FrozenSet<string> lemmas) : IPipelineStage
{
    /// <summary>The speech verbs' lemmas (the first form of each line: "say", "state").</summary>
    public FrozenSet<string> Lemmas => lemmas;

    /// <summary>Loads the speech verbs; problems are reported with file:line.</summary>
    public static QuoteFinder Load(string path, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var verbs = new HashSet<string>(StringComparer.Ordinal);
        var lemmas = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in DataLine.ReadFile(path))
        {
            if (line.Fields is not ["verb", var forms])
                diagnostics.Add(Diagnostic.Create(Messages.DataMalformed, line.Location, "expected: verb  FORM | FORM …"));
            else
            {
                var list = forms.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                verbs.UnionWith(list);
                lemmas.Add(list[0]);
            }
        }
        return new QuoteFinder(verbs.ToFrozenSet(StringComparer.Ordinal), lemmas.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>True when <paramref name="word"/> is a speech verb form (lower case: "States" is not "states").</summary>
    public bool IsSpeechVerb(ReadOnlySpan<char> word) => speechVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <inheritdoc />
    public string Name => "quotes";

    /// <inheritdoc />
    public Annotations Requires => Annotations.Tokens | Annotations.Sentences;

    /// <inheritdoc />
    public Annotations Assigns => Annotations.Quotes;

    /// <inheritdoc />
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var quotes = new List<Quote>();
        foreach (var (open, close) in QuoteMarks.Pairs(document))
        {
            if (close - open < 2)
                continue;
            var speaker = new SpeakerSearch(document, this);
            var (phrase, verb, rule) = speaker.After(close) ?? speaker.Before(open) ?? speaker.Inline(open) ?? (null, -1, "none");
            var (start, end) = (document.Tokens[open + 1].Start, document.Tokens[close - 1].End);
            quotes.Add(new Quote(start, end, document.Text[start..end], open + 1, close, phrase, verb, rule));
        }
        document.SetLayer(new Quotes(quotes));
    }
}
