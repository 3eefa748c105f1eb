using System.Globalization;
using Parley.Learning;
using T = Parley.Tagging.TaggerTemplates;

namespace Parley.Tagging;

/// <summary>
/// The readable tagger: Honnibal's greedy averaged-perceptron tagger over string features, on
/// <see cref="AveragedPerceptron"/>, with the optional second pass of a stacked model (<see cref="TagStacked"/>).
/// It emits the same templates over the same values as the fast <see cref="TaggerModel"/>, so both, trained on the
/// same sentences, predict the same tags (a test checks it). Use it to read and debug the features; use
/// <see cref="TaggerModel"/> to tag.
/// </summary>
public sealed class ReferenceTagger
{
    private readonly AveragedPerceptron _model;
    private readonly AveragedPerceptron _stacked;

    /// <summary>Creates an untrained tagger over <paramref name="tags"/>, using <paramref name="dictionary"/>.</summary>
    public ReferenceTagger(TagSet tags, TagDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(tags);
        Tags = tags;
        Dictionary = dictionary;
        _model = new AveragedPerceptron(tags.Count);
        _stacked = new AveragedPerceptron(tags.Count);
    }

    /// <summary>The classes.</summary>
    public TagSet Tags { get; }

    /// <summary>The tag dictionary.</summary>
    public TagDictionary Dictionary { get; }

    /// <summary>Tags a sentence with the first pass, returning class ids.</summary>
    public int[] Tag(IReadOnlyList<string> words) => Run(_model, words, null, null);

    /// <summary>One training pass over a sentence with gold classes (greedy, previous tags as predicted).</summary>
    public void Train(IReadOnlyList<string> words, IReadOnlyList<int> gold) => Run(_model, words, gold, null);

    /// <summary>Tags a sentence with both passes: the second reads the first's classes.</summary>
    public int[] TagStacked(IReadOnlyList<string> words) => Run(_stacked, words, null, Tag(words));

    /// <summary>One training pass of the second pass over a sentence, given its first-pass classes and gold classes.</summary>
    public void TrainStacked(IReadOnlyList<string> words, IReadOnlyList<int> first, IReadOnlyList<int> gold) => Run(_stacked, words, gold, first);

    /// <summary>Averages the first pass's weights; call once after training it.</summary>
    public void Average() => _model.Average();

    /// <summary>Averages the second pass's weights; call once after training it.</summary>
    public void AverageStacked() => _stacked.Average();

    // One greedy pass left to right; when training, each guess is followed by an update. The second pass (first
    // given) adds the features over the first pass's classes.
    private int[] Run(AveragedPerceptron model, IReadOnlyList<string> words, IReadOnlyList<int>? gold, IReadOnlyList<int>? first)
    {
        var norms = words.Select(Norm).ToArray();
        var tags = new int[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var sure = Dictionary.Sure(norms[i]);
            if (sure >= 0)
            {
                tags[i] = sure;
                continue;
            }
            var prev = i >= 1 ? tags[i - 1] : T.Start;
            var features = Features(words, norms, i, prev, i >= 2 ? tags[i - 2] : T.Start);
            if (first is not null)
                features.AddRange(StackedFeatures(norms, first, i, prev));
            tags[i] = model.Predict(features);
            if (gold is not null)
                model.Update(gold[i], tags[i], features);
        }
        return tags;
    }

    /// <summary>The features of word <paramref name="i"/> given the two previous tags, as readable strings.</summary>
    public List<string> Features(IReadOnlyList<string> words, IReadOnlyList<string> norms, int i, int prev, int prev2)
    {
        string W(int j) => j < 0 ? "-START-" : j >= words.Count ? "-END-" : words[j];
        string N(int j) => j < 0 || j >= words.Count ? W(j) : norms[j];
        string Low(int j) => j < 0 || j >= words.Count ? W(j) : Clip(words[j]).ToLowerInvariant();
        string Suf(int j, int n) => j < 0 || j >= words.Count ? W(j) : WordForms.Suffix(Low(j), n).ToString();
        string Pre(int j, int n) => j < 0 || j >= words.Count ? W(j) : WordForms.Prefix(Clip(words[j]), n).ToString();
        string Shape(int j) => j < 0 || j >= words.Count ? W(j) : ShapeOf(words[j]);
        string Dict(int j) => j < 0 || j >= words.Count ? "-PAD-" : Tag(Dictionary.MostFrequent(norms[j]));
        var flags = WordForms.Flags(words[i], i == 0).ToString(CultureInfo.InvariantCulture);
        return
        [
            F(T.Bias, "bias"), F(T.Norm, N(i)), F(T.Form, W(i)),
            F(T.Suffix1, Suf(i, 1)), F(T.Suffix1 + 1, Suf(i, 2)), F(T.Suffix1 + 2, Suf(i, 3)), F(T.Suffix1 + 3, Suf(i, 4)),
            F(T.Prefix1, Pre(i, 1)), F(T.Prefix1 + 1, Pre(i, 2)), F(T.Prefix1 + 2, Pre(i, 3)),
            F(T.Shape, Shape(i)), F(T.Flags, flags),
            F(T.Prev, Tag(prev)), F(T.Prev2, Tag(prev2)), F(T.PrevPrev2, Tag(prev), Tag(prev2)), F(T.PrevNorm, N(i), Tag(prev)),
            F(T.NormM1, N(i - 1)), F(T.SuffixM1, Suf(i - 1, 3)), F(T.NormM2, N(i - 2)),
            F(T.NormP1, N(i + 1)), F(T.SuffixP1, Suf(i + 1, 3)), F(T.NormP2, N(i + 2)), F(T.ShapeP1, Shape(i + 1)),
            F(T.DictP1, Dict(i + 1)), F(T.DictP2, Dict(i + 2)), F(T.NormNormP1, N(i), N(i + 1)), F(T.NormM1Norm, N(i - 1), N(i)),
            F(T.PrevDictP1, Tag(prev), Dict(i + 1)), F(T.Dict, Dict(i)), F(T.PrevSuffix, Suf(i, 3), Tag(prev)),
            F(T.ShapeM1, Shape(i - 1)), F(T.ShapeShapeP1, Shape(i), Shape(i + 1)),
            F(T.FlagsSuffix, Suf(i, 3), flags), F(T.Suffix5, Suf(i, 5)), F(T.Prefix4, Pre(i, 4)),
            F(T.PrevFlags, Tag(prev), flags),
        ];
    }

    /// <summary>The second pass's extra features of word <paramref name="i"/> over the first pass's classes, as readable strings.</summary>
    public List<string> StackedFeatures(IReadOnlyList<string> norms, IReadOnlyList<int> first, int i, int prev)
    {
        ArgumentNullException.ThrowIfNull(norms);
        ArgumentNullException.ThrowIfNull(first);
        string C(int j) => Tag(j < 0 ? T.Start : j >= first.Count ? T.End : first[j]);
        return
        [
            F(T.First, C(i)), F(T.FirstP1, C(i + 1)), F(T.FirstP2, C(i + 2)), F(T.FirstP1P2, C(i + 1), C(i + 2)),
            F(T.FirstM1, C(i - 1)), F(T.PrevFirstP1, Tag(prev), C(i + 1)), F(T.NormFirstP1, norms[i], C(i + 1)),
            F(T.FirstFirstP1, C(i), C(i + 1)), F(T.FirstM1FirstP1, $"{C(i - 1)}\u0001{C(i)}", C(i + 1)),
            F(T.NormFirstP1P2, norms[i], $"{C(i + 1)}\u0001{C(i + 2)}"),
        ];
    }

    private string Tag(int cls) => cls switch
    {
        T.Start => "-START-", T.Pad => "-PAD-", T.End => "-END-", < 0 => "-UNK-", _ => Tags.Name(cls),
    };

    private static string F(int template, string value) => $"{template}={value}";

    private static string F(int template, string a, string b) => $"{template}={a}\u0001{b}";

    private static string Clip(string word) => word.Length <= WordForms.MaxLength ? word : word[..WordForms.MaxLength];

    private static string Norm(string word)
    {
        Span<char> buffer = stackalloc char[WordForms.MaxLength];
        return buffer[..WordForms.Normalize(word, buffer)].ToString();
    }

    private static string ShapeOf(string word)
    {
        Span<char> buffer = stackalloc char[WordForms.MaxLength];
        return buffer[..WordForms.Shape(word, buffer)].ToString();
    }
}
