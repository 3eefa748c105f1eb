using Parley.Documents;
using Parley.Parsing;

namespace Parley.Training;

/// <summary>Turns treebank documents into the parser's vocabulary and training examples.</summary>
internal static class ParsingData
{
    /// <summary>Every sentence of the documents with its gold tree made projective (lifted labels decorated).</summary>
    public static List<(Document Doc, SentenceData Sentence, int[] Heads, string[] Labels)> Projective(IEnumerable<Document> docs)
    {
        var result = new List<(Document, SentenceData, int[], string[])>();
        foreach (var doc in docs)
        {
            foreach (var sentence in doc.Sentences)
            {
                var (heads, labels) = ParsingExample.GoldTree(doc, sentence);
                if (!ParsingExample.IsTree(heads))
                    continue;
                PseudoProjective.Projectivize(heads, labels);
                result.Add((doc, sentence, heads, labels));
            }
        }
        return result;
    }

    /// <summary>Words, tags and labels of the training sentences; rare lift decorations are dropped in place.</summary>
    public static ParserVocabulary Vocabulary(List<(Document Doc, SentenceData Sentence, int[] Heads, string[] Labels)> data, int minLifted)
    {
        var counts = data.SelectMany(d => d.Labels.Skip(1)).CountBy(l => l).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var (_, _, _, labels) in data)
            for (var i = 1; i < labels.Length; i++)
                if (counts[labels[i]] < minLifted && labels[i].Contains(PseudoProjective.Mark, StringComparison.Ordinal))
                    labels[i] = PseudoProjective.BaseOf(labels[i]);
        var words = new SortedSet<string>(StringComparer.Ordinal);
        var tags = new SortedSet<string>(StringComparer.Ordinal);
        var labelSet = new SortedSet<string>(StringComparer.Ordinal) { "root", "dep" };
        foreach (var (doc, sentence, _, labels) in data)
        {
            for (var i = 0; i < sentence.TokenCount; i++)
            {
                var t = doc.Token(sentence.FirstToken + i);
                words.Add(ParserVocabulary.Normalize(t.Text));
                tags.Add(TagOf(doc, sentence.FirstToken + i));
                labelSet.Add(labels[i + 1]);
            }
        }
        if (tags.Count > ParserVocabulary.MaxTags)
            throw new InvalidOperationException($"{tags.Count} tags exceed the limit of {ParserVocabulary.MaxTags}");
        return new ParserVocabulary([.. words], [.. tags], [.. labelSet]);
    }

    /// <summary>The training examples; with <paramref name="tagNoise"/> some words get another tag seen with them.</summary>
    public static List<ParsingExample> Examples(
        List<(Document Doc, SentenceData Sentence, int[] Heads, string[] Labels)> data, ParserVocabulary vocab, bool withStrings, double tagNoise, int seed)
    {
        var noise = tagNoise > 0 ? new TagNoise(data.Select(d => (d.Doc, d.Sentence)), tagNoise, seed) : null;
        var examples = new List<ParsingExample>(data.Count);
        foreach (var (doc, sentence, heads, labels) in data)
        {
            var input = new SentenceInput();
            input.Load(doc, sentence, vocab, withStrings);
            noise?.Apply(doc, sentence, input, vocab, withStrings);
            examples.Add(new ParsingExample(input, heads, [0, .. labels.Skip(1).Select(vocab.FindLabel)]));
        }
        return examples;
    }

    /// <summary>The tag the parser reads: XPOS, or the UPOS name when there is none.</summary>
    public static string TagOf(Document doc, int token)
    {
        var t = doc.Tokens[token];
        return t.Xpos != 0 ? doc.Strings[t.Xpos] : SentenceInput.UposName(t.Upos);
    }
}
