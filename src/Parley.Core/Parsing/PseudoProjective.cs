namespace Parley.Parsing;

/// <summary>
/// Pseudo-projective parsing (Nivre &amp; Nilsson 2005, "head" encoding). Before training, each non-projective arc
/// is lifted to its head's head until the tree is projective, and the lifted word's relation records the
/// relation of its original head: <c>obl^nsubj</c>. After parsing, a word with such a label is moved back down to
/// the first word (breadth-first, left to right) under its current head whose relation is the recorded one.
/// Trees use sentence positions: word 1..N, head 0 = root; index 0 of each array is unused.
/// </summary>
internal static class PseudoProjective
{
    /// <summary>Separates a relation from the recorded relation of the original head.</summary>
    public const char Mark = '^';

    /// <summary>True when some word strictly between <paramref name="d"/> and its head is not dominated by the head.</summary>
    public static bool IsNonProjective(ReadOnlySpan<int> heads, int d)
    {
        var h = heads[d];
        var (lo, hi) = h < d ? (h, d) : (d, h);
        for (var k = lo + 1; k < hi; k++)
            if (!Dominates(heads, h, k))
                return true;
        return false;
    }

    /// <summary>True when <paramref name="a"/> is <paramref name="b"/> or an ancestor of it.</summary>
    public static bool Dominates(ReadOnlySpan<int> heads, int a, int b)
    {
        for (var steps = 0; b > 0 && steps < heads.Length; steps++)
        {
            if (b == a)
                return true;
            b = heads[b];
        }
        return b == a;
    }

    /// <summary>Lifts non-projective arcs, shortest first, until the tree is projective. Returns the lift count.</summary>
    public static int Projectivize(int[] heads, string[] labels)
    {
        var lifts = 0;
        while (true)
        {
            var best = -1;
            for (var d = 1; d < heads.Length; d++)
                if (heads[d] > 0 && IsNonProjective(heads, d) && (best < 0 || Span(heads, d) < Span(heads, best)))
                    best = d;
            if (best < 0)
                return lifts;
            var h = heads[best];
            if (!labels[best].Contains(Mark, StringComparison.Ordinal))
                labels[best] = labels[best] + Mark + BaseOf(labels[h]);
            heads[best] = heads[h];
            lifts++;
        }
    }

    /// <summary>Moves lifted words (1..<paramref name="n"/>) back under the word their label records, and strips the record.</summary>
    public static void Deprojectivize(int[] heads, string[] labels, int n)
    {
        for (var d = 1; d <= n; d++)
        {
            var mark = labels[d].IndexOf(Mark, StringComparison.Ordinal);
            if (mark < 0)
                continue;
            var wanted = labels[d][(mark + 1)..];
            labels[d] = labels[d][..mark];
            var target = FindBelow(heads, labels, n, heads[d], d, wanted);
            if (target > 0)
                heads[d] = target;
        }
    }

    private static int FindBelow(int[] heads, string[] labels, int n, int top, int lifted, string wanted)
    {
        var queue = new Queue<int>();
        queue.Enqueue(top);
        while (queue.Count > 0)
        {
            var x = queue.Dequeue();
            for (var c = 1; c <= n; c++)
            {
                if (heads[c] != x || c == lifted)
                    continue;
                if (BaseOf(labels[c]) == wanted)
                    return c;
                queue.Enqueue(c);
            }
        }
        return -1;
    }

    /// <summary>The relation without a lift record.</summary>
    public static string BaseOf(string label)
    {
        var mark = label.IndexOf(Mark, StringComparison.Ordinal);
        return mark < 0 ? label : label[..mark];
    }

    private static int Span(int[] heads, int d) => Math.Abs(heads[d] - d);
}
