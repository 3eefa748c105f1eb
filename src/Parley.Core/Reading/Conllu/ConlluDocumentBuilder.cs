using System.Text;
using Parley.Documents;

namespace Parley.Reading.Conllu;

/// <summary>Accumulates sentence blocks into one document with gold annotations.</summary>
internal sealed class ConlluDocumentBuilder(string name, DateOnly? date)
{
    private readonly StringBuilder _text = new();
    private readonly List<ConlluBlock> _blocks = [];
    private readonly List<int> _starts = [];

    public bool IsEmpty => _blocks.Count == 0;

    public void Add(ConlluBlock block)
    {
        if (_blocks.Count > 0)
            _text.Append(block.NewPar ? "\n\n" : " ");
        foreach (var w in block.Words)
        {
            _starts.Add(_text.Length);
            _text.Append(w.Form);
            if (!w.NoSpaceAfter && w.Id != block.Words[^1].Id)
                _text.Append(' ');
        }
        _blocks.Add(block);
    }

    public Document Build()
    {
        var id = _blocks[0].NewDoc is { Length: > 0 } d ? d : $"{Path.GetFileName(name)}:{_blocks[0].Line}";
        var doc = new Document(_text.ToString(), new DocumentMetadata(id, date));
        var tokens = new TokenData[_starts.Count];
        var sentences = new SentenceData[_blocks.Count];
        var t = 0;
        for (var s = 0; s < _blocks.Count; s++)
        {
            var words = _blocks[s].Words;
            sentences[s] = new SentenceData(t, words.Count, s == 0 || _blocks[s].NewPar);
            for (var i = 0; i < words.Count; i++)
                tokens[t + i] = Token(doc, words[i], _starts[t + i], t);
            t += words.Count;
        }
        SetSpaces(tokens, doc.Text.Length);
        doc.SetTokens(tokens);
        doc.SetSentences(sentences);
        doc.SetLayer(new ConlluSentenceInfo([.. _blocks.Select(b => (IReadOnlyList<string>)b.Comments)], [.. _blocks.Select(b => b.Line)]));
        doc.MarkAnnotated(Annotations.Tags | Annotations.Lemmas | Annotations.Features | Annotations.Dependencies);
        return doc;
    }

    private static TokenData Token(Document doc, ConlluWord w, int start, int sentenceStart) => new()
    {
        Start = start,
        Length = w.Form.Length,
        Upos = Enum.TryParse<Upos>(w.Upos, out var u) ? u : Upos.None,
        Xpos = Intern(doc, w.Xpos),
        Lemma = Intern(doc, w.Lemma),
        Feats = Intern(doc, w.Feats),
        Head = w.Head <= 0 ? -1 : sentenceStart + w.Head - 1,
        DepRel = Intern(doc, w.DepRel),
        Entity = ParseEntity(w.Misc),
    };

    private static int Intern(Document doc, string value) => value == "_" ? 0 : doc.Strings.Intern(value);

    private static EntityTag ParseEntity(string misc)
    {
        foreach (var part in misc.Split('|'))
        {
            if (!part.StartsWith("NER=", StringComparison.Ordinal) || part.Length < 6)
                continue;
            var iob = part[4] switch { 'B' => Iob.B, 'I' => Iob.I, _ => Iob.O };
            if (iob != Iob.O && Enum.TryParse<EntityType>(part.AsSpan(6), out var type))
                return new EntityTag(iob, type);
        }
        return EntityTag.Outside;
    }

    private static void SetSpaces(TokenData[] tokens, int textLength)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var next = i + 1 < tokens.Length ? tokens[i + 1].Start : textLength;
            tokens[i].SpaceAfter = next - tokens[i].End;
        }
    }
}
