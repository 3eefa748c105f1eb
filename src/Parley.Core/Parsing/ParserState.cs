namespace Parley.Parsing;

/// <summary>
/// The configuration of the arc-eager parser for one sentence: a stack, the front of the buffer, and the arcs so
/// far with the child bookkeeping the features read (leftmost/rightmost children, valency, label sets). Position
/// 0 is the artificial root; words are 1..N. The arrays are reused across sentences: <see cref="Reset"/> sizes
/// them and clears only the used part.
/// </summary>
internal sealed class ParserState
{
    private int[] _stack;

    public int N { get; private set; }
    public int StackCount { get; private set; }
    /// <summary>The first word of the buffer; the buffer is empty when it exceeds <see cref="N"/>.</summary>
    public int Buffer { get; private set; }
    public bool RootHasChild { get; private set; }

    public int[] Heads;
    public int[] Labels;
    public int[] Left1;
    public int[] Left2;
    public int[] Right1;
    public int[] Right2;
    public int[] LeftCount;
    public int[] RightCount;
    public ulong[] LeftSet;
    public ulong[] RightSet;
    public bool[] OnStack;

    /// <summary>Buffers for sentences of up to 62 words; they grow when a longer one comes.</summary>
    public ParserState()
        : this(64)
    {
    }

    /// <summary>Buffers for sentences of up to <paramref name="capacity"/> - 2 words.</summary>
    public ParserState(int capacity)
    {
        _stack = new int[capacity];
        Heads = new int[capacity];
        Labels = new int[capacity];
        Left1 = new int[capacity];
        Left2 = new int[capacity];
        Right1 = new int[capacity];
        Right2 = new int[capacity];
        LeftCount = new int[capacity];
        RightCount = new int[capacity];
        LeftSet = new ulong[capacity];
        RightSet = new ulong[capacity];
        OnStack = new bool[capacity];
    }

    /// <summary>Starts a sentence of <paramref name="n"/> words: root on the stack, all words in the buffer.</summary>
    public void Reset(int n)
    {
        if (n + 2 > Heads.Length)
            Grow(n + 2);
        N = n;
        for (var i = 0; i <= n; i++)
        {
            Heads[i] = Labels[i] = Left1[i] = Left2[i] = Right1[i] = Right2[i] = -1;
            LeftCount[i] = RightCount[i] = 0;
            LeftSet[i] = RightSet[i] = 0;
            OnStack[i] = false;
        }
        StackCount = 0;
        RootHasChild = false;
        Push(0);
        Buffer = 1;
    }

    public bool BufferEmpty => Buffer > N;
    public int S0 => StackCount > 0 ? _stack[StackCount - 1] : -1;
    public int S1 => StackCount > 1 ? _stack[StackCount - 2] : -1;
    public int StackAt(int i) => _stack[i];
    /// <summary>The i-th word of the buffer (0 = front), or -1.</summary>
    public int B(int i) => Buffer + i <= N ? Buffer + i : -1;
    public bool HasHead(int i) => Heads[i] >= 0;

    public void Push(int i)
    {
        _stack[StackCount++] = i;
        OnStack[i] = true;
    }

    public void Pop() => OnStack[_stack[--StackCount]] = false;

    public void Advance() => Buffer++;

    /// <summary>Adds the arc head → dep with a label and its base relation (0..63, for label sets).</summary>
    public void AddArc(int head, int dep, int label, int baseLabel)
    {
        Heads[dep] = head;
        Labels[dep] = label;
        if (head == 0)
            RootHasChild = true;
        var bit = 1UL << (baseLabel & 63);
        if (dep < head)
        {
            LeftCount[head]++;
            LeftSet[head] |= bit;
            Insert(Left1, Left2, head, dep, (a, b) => a < b);
        }
        else
        {
            RightCount[head]++;
            RightSet[head] |= bit;
            Insert(Right1, Right2, head, dep, (a, b) => a > b);
        }
    }

    private static void Insert(int[] first, int[] second, int head, int dep, Func<int, int, bool> outer)
    {
        if (first[head] < 0 || outer(dep, first[head]))
        {
            second[head] = first[head];
            first[head] = dep;
        }
        else if (second[head] < 0 || outer(dep, second[head]))
            second[head] = dep;
    }

    private void Grow(int size)
    {
        size = Math.Max(size, Heads.Length * 2);
        Array.Resize(ref _stack, size);
        Array.Resize(ref Heads, size);
        Array.Resize(ref Labels, size);
        Array.Resize(ref Left1, size);
        Array.Resize(ref Left2, size);
        Array.Resize(ref Right1, size);
        Array.Resize(ref Right2, size);
        Array.Resize(ref LeftCount, size);
        Array.Resize(ref RightCount, size);
        Array.Resize(ref LeftSet, size);
        Array.Resize(ref RightSet, size);
        Array.Resize(ref OnStack, size);
    }
}
