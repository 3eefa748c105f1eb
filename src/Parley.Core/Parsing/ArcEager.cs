namespace Parley.Parsing;

/// <summary>The four moves of the arc-eager system (Nivre 2003); arcs get their label separately.</summary>
internal enum Move
{
    /// <summary>Push the buffer front onto the stack.</summary>
    Shift = 0,
    /// <summary>Pop the stack top, which already has its head.</summary>
    Reduce = 1,
    /// <summary>Make the buffer front the head of the stack top, and pop.</summary>
    Left = 2,
    /// <summary>Make the stack top the head of the buffer front, and push the front.</summary>
    Right = 3,
}

/// <summary>
/// The arc-eager transition system as tiny functions: which moves are valid, what a move does, and what it costs
/// against a gold tree (the dynamic oracle of Goldberg &amp; Nivre 2012). The artificial root (position 0) may take
/// one dependent only, so that every sentence gets exactly one root word.
/// </summary>
internal static class ArcEager
{
    public const int MoveCount = 4;

    public static bool IsTerminal(ParserState s) => s.BufferEmpty;

    public static bool IsValid(ParserState s, Move m) => m switch
    {
        Move.Shift => !s.BufferEmpty,
        Move.Reduce => s.S0 > 0 && s.HasHead(s.S0),
        Move.Left => !s.BufferEmpty && s.S0 > 0 && !s.HasHead(s.S0),
        Move.Right => !s.BufferEmpty && s.S0 >= 0 && (s.S0 > 0 || !s.RootHasChild),
        _ => false,
    };

    /// <summary>The (head, dependent) pair an arc move would create, or (-1, -1) for shift and reduce.</summary>
    public static (int Head, int Dep) Arc(ParserState s, Move m) => m switch
    {
        Move.Left => (s.B(0), s.S0),
        Move.Right => (s.S0, s.B(0)),
        _ => (-1, -1),
    };

    public static void Apply(ParserState s, Move m, int label, int baseLabel)
    {
        switch (m)
        {
            case Move.Shift:
                s.Push(s.B(0));
                s.Advance();
                break;
            case Move.Reduce:
                s.Pop();
                break;
            case Move.Left:
                s.AddArc(s.B(0), s.S0, label, baseLabel);
                s.Pop();
                break;
            case Move.Right:
                s.AddArc(s.S0, s.B(0), label, baseLabel);
                s.Push(s.B(0));
                s.Advance();
                break;
        }
    }

    /// <summary>
    /// The number of gold arcs (<paramref name="gold"/>[word] = head, 0 = root) that are reachable now and no
    /// longer reachable after <paramref name="m"/>.
    /// </summary>
    public static int Cost(ParserState s, Move m, ReadOnlySpan<int> gold) => m switch
    {
        Move.Shift => HeadlessStackDependents(s, s.B(0), gold) + (HeadOnStack(s, s.B(0), gold) ? 1 : 0),
        Move.Reduce => BufferDependents(s, s.S0, gold),
        Move.Left => BufferDependents(s, s.S0, gold) + (gold[s.S0] > s.B(0) ? 1 : 0),
        Move.Right => HeadlessStackDependents(s, s.B(0), gold)
            + (gold[s.B(0)] > s.B(0) || (HeadOnStack(s, s.B(0), gold) && gold[s.B(0)] != s.S0) ? 1 : 0),
        _ => int.MaxValue,
    };

    private static bool HeadOnStack(ParserState s, int word, ReadOnlySpan<int> gold) => s.OnStack[gold[word]];

    private static int BufferDependents(ParserState s, int head, ReadOnlySpan<int> gold)
    {
        var n = 0;
        for (var d = s.Buffer; d <= s.N; d++)
            if (gold[d] == head)
                n++;
        return n;
    }

    private static int HeadlessStackDependents(ParserState s, int head, ReadOnlySpan<int> gold)
    {
        var n = 0;
        for (var i = 0; i < s.StackCount; i++)
        {
            var k = s.StackAt(i);
            if (k > 0 && gold[k] == head && !s.HasHead(k))
                n++;
        }
        return n;
    }

    /// <summary>
    /// Completes a terminal state into a tree: a word left without a head attaches to the root's dependent with
    /// <paramref name="fallbackLabel"/>; if the root has none, the first headless word becomes it.
    /// </summary>
    public static void Finish(ParserState s, int rootLabel, int fallbackLabel, int fallbackBase, int rootBase)
    {
        var root = -1;
        for (var i = 1; i <= s.N; i++)
            if (s.Heads[i] == 0)
                root = i;
        for (var i = 1; i <= s.N; i++)
        {
            if (s.HasHead(i))
                continue;
            if (root < 0)
            {
                s.AddArc(0, i, rootLabel, rootBase);
                root = i;
            }
            else
                s.AddArc(root, i, fallbackLabel, fallbackBase);
        }
    }
}
