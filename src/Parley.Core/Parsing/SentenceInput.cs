using Parley.Documents;

namespace Parley.Parsing;

/// <summary>
/// One sentence as the parser sees it, positions 0 (root) to N: normalized words and tags as strings (for the
/// reference parser) and as vocabulary ids (for the fast one). Buffers are reused from sentence to sentence.
/// </summary>
internal sealed class SentenceInput
{
    private char[] _scratch = new char[64];

    public int N { get; private set; }
    public int First { get; private set; }
    public string[] Words;
    public string[] Tags;
    public int[] WordIds;
    public int[] TagIds;
    public int[] UposIds;

    /// <summary>Buffers for sentences of up to 63 words; they grow when a longer one comes.</summary>
    public SentenceInput()
        : this(64)
    {
    }

    /// <summary>Buffers for sentences of up to <paramref name="capacity"/> - 1 words.</summary>
    public SentenceInput(int capacity)
    {
        Words = new string[capacity];
        Tags = new string[capacity];
        WordIds = new int[capacity];
        TagIds = new int[capacity];
        UposIds = new int[capacity];
    }

    /// <summary>Loads the ids of a document's sentence; <paramref name="withStrings"/> also fills the strings.</summary>
    public void Load(Document doc, SentenceData sentence, ParserVocabulary vocab, bool withStrings)
    {
        N = sentence.TokenCount;
        First = sentence.FirstToken;
        if (N + 1 > WordIds.Length)
            Grow(N + 1);
        WordIds[0] = TagIds[0] = UposIds[0] = ParserVocabulary.RootId;
        if (withStrings)
            Words[0] = Tags[0] = "<ROOT>";
        var tokens = doc.Tokens;
        for (var i = 1; i <= N; i++)
        {
            ref readonly var t = ref tokens[First + i - 1];
            var form = doc.Text.AsSpan(t.Start, t.Length);
            if (form.Length > _scratch.Length)
                _scratch = new char[form.Length * 2];
            var len = ParserVocabulary.Normalize(form, _scratch);
            var tag = t.Xpos != 0 ? doc.Strings[t.Xpos] : UposName(t.Upos);
            WordIds[i] = vocab.WordId(_scratch.AsSpan(0, len));
            TagIds[i] = vocab.TagId(tag);
            UposIds[i] = (int)t.Upos + 3;
            if (withStrings)
            {
                Words[i] = new string(_scratch, 0, len);
                Tags[i] = tag;
            }
        }
    }

    private static readonly string[] UposNames = Enum.GetNames<Upos>();

    /// <summary>The name of a UPOS value, used as the tag when a token has no XPOS.</summary>
    public static string UposName(Upos upos) => UposNames[(int)upos];

    private void Grow(int size)
    {
        size = Math.Max(size, WordIds.Length * 2);
        Array.Resize(ref Words, size);
        Array.Resize(ref Tags, size);
        Array.Resize(ref WordIds, size);
        Array.Resize(ref TagIds, size);
        Array.Resize(ref UposIds, size);
    }
}
