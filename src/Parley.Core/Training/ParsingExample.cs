using Parley.Documents;
using Parley.Parsing;

namespace Parley.Training;

/// <summary>One training sentence: its input and its projectivized gold tree (positions 1..N, 0 = root).</summary>
internal sealed class ParsingExample(SentenceInput input, int[] heads, int[] labels)
{
    public SentenceInput Input { get; } = input;
    public int[] Heads { get; } = heads;
    public int[] Labels { get; } = labels;

    /// <summary>The gold tree of a document sentence, sentence-relative: heads[i] for word i (1..N), 0 = root.</summary>
    public static (int[] Heads, string[] Labels) GoldTree(Document doc, SentenceData sentence)
    {
        var n = sentence.TokenCount;
        var heads = new int[n + 1];
        var labels = new string[n + 1];
        labels[0] = string.Empty;
        for (var i = 1; i <= n; i++)
        {
            var t = doc.Tokens[sentence.FirstToken + i - 1];
            heads[i] = t.Head < 0 ? 0 : t.Head - sentence.FirstToken + 1;
            labels[i] = doc.Strings[t.DepRel];
        }
        return (heads, labels);
    }

    /// <summary>True when every head is in the sentence and the tree has one root and no cycle.</summary>
    public static bool IsTree(ReadOnlySpan<int> heads)
    {
        var roots = 0;
        for (var i = 1; i < heads.Length; i++)
        {
            if (heads[i] < 0 || heads[i] >= heads.Length || heads[i] == i)
                return false;
            if (heads[i] == 0)
                roots++;
            if (!PseudoProjective.Dominates(heads, 0, i))
                return false;
        }
        return roots == 1;
    }
}
