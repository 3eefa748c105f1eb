namespace Parley.Frames;

internal sealed partial class SentenceTree
{
    // Every token's lemma and lower-case word, two entries a token (made once a sentence and shared by all its frames).
    private string[]? _pairs;

    // Every token's lemma and, when it differs, its lower-case word; token First + i starts at _wordStarts[i].
    private string[]? _words;
    private int[]? _wordStarts;

    /// <summary>
    /// The words of the tokens after <paramref name="t"/> to the sentence end, two entries a token: its lemma, then
    /// its lower-case word (a view of one array made once a sentence).
    /// </summary>
    public ReadOnlyMemory<string> WordPairsAfter(int t)
    {
        if (_pairs is null)
        {
            var pairs = new string[2 * (End - First)];
            for (var i = First; i < End; i++)
            {
                pairs[2 * (i - First)] = Lemma(i);
                pairs[2 * (i - First) + 1] = LowerWord(i);
            }
            _pairs = pairs;
        }
        var from = Math.Min(2 * (t + 1 - First), _pairs.Length);
        return _pairs.AsMemory(from);
    }

    /// <summary>
    /// The words of tokens <paramref name="from"/> to <paramref name="end"/> - 1 of this sentence, each as its lemma
    /// and, when it differs, its lower-case word (a view of one array made once a sentence).
    /// </summary>
    public ReadOnlyMemory<string> Words(int from, int end)
    {
        if (_words is null)
            MakeWords();
        var a = _wordStarts![from - First];
        return _words.AsMemory(a, _wordStarts[end - First] - a);
    }

    private void MakeWords()
    {
        var starts = new int[End - First + 1];
        var words = new List<string>(2 * (End - First));
        for (var i = First; i < End; i++)
        {
            starts[i - First] = words.Count;
            var lemma = Lemma(i);
            var form = LowerWord(i);
            words.Add(lemma);
            if (form != lemma)
                words.Add(form);
        }
        starts[^1] = words.Count;
        (_words, _wordStarts) = ([.. words], starts);
    }
}
