using Parley.Documents;
using Parley.Parsing;

namespace Parley.Training;

/// <summary>
/// Simulates tagging errors when no tagger is available for jackknifing: with a given probability, a word that
/// the training data shows with more than one (XPOS, UPOS) pair gets one of its other pairs.
/// </summary>
internal sealed class TagNoise
{
    private readonly Dictionary<string, List<(string Tag, Upos Upos)>> _seen = new(StringComparer.Ordinal);
    private readonly double _probability;
    private readonly Random _rng;

    public TagNoise(IEnumerable<(Document Doc, SentenceData Sentence)> sentences, double probability, int seed)
    {
        _probability = probability;
        _rng = new Random(seed);
        foreach (var (doc, sentence) in sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var key = doc.Token(i).Text;
                if (!_seen.TryGetValue(key, out var list))
                    _seen[key] = list = [];
                var pair = (ParsingData.TagOf(doc, i), doc.Tokens[i].Upos);
                if (!list.Contains(pair))
                    list.Add(pair);
            }
        }
    }

    public void Apply(Document doc, SentenceData sentence, SentenceInput input, ParserVocabulary vocab, bool withStrings)
    {
        for (var i = 1; i <= input.N; i++)
        {
            if (!_seen.TryGetValue(doc.Token(sentence.FirstToken + i - 1).Text, out var pairs) || pairs.Count < 2 || _rng.NextDouble() >= _probability)
                continue;
            var (tag, upos) = pairs[_rng.Next(pairs.Count)];
            input.TagIds[i] = vocab.TagId(tag);
            input.UposIds[i] = (int)upos + 3;
            if (withStrings)
                input.Tags[i] = tag;
        }
    }
}
