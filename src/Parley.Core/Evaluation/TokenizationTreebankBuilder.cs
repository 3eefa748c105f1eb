using System.Text;
using Parley.Diagnostics;

namespace Parley.Evaluation;

/// <summary>Accumulates CoNLL-U lines into rebuilt text and gold spans for <see cref="TokenizationTreebank"/>.</summary>
internal sealed class TokenizationTreebankBuilder(TokenizationTextLayout layout, string name, List<Diagnostic> diagnostics)
{
    private readonly List<string> _forms = [];
    private string? _text;
    private string? _id;
    private int _textLine;
    private bool _newPar;
    private bool _newDoc;

    public StringBuilder Text { get; } = new();
    public List<(int Start, int End)> Words { get; } = [];
    public List<(int Start, int End)> Sentences { get; } = [];
    public int Skipped { get; private set; }
    public int SentenceCount => Sentences.Count;

    public void Line(string line, int lineNo)
    {
        if (line.Length == 0)
            EndSentence();
        else if (line[0] == '#')
            Comment(line, lineNo);
        else
            WordLine(line, lineNo);
    }

    private void Comment(string line, int lineNo)
    {
        if (line.StartsWith("# newdoc", StringComparison.Ordinal))
            _newDoc = true;
        else if (line.StartsWith("# newpar", StringComparison.Ordinal))
            _newPar = true;
        else if (line.StartsWith("# sent_id = ", StringComparison.Ordinal))
            _id = line[12..];
        else if (line.StartsWith("# text = ", StringComparison.Ordinal))
        {
            _text = line[9..];
            _textLine = lineNo;
        }
    }

    private void WordLine(string line, int lineNo)
    {
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        var tab2 = tab < 0 ? -1 : line.IndexOf('\t', tab + 1);
        if (tab2 < 0)
        {
            diagnostics.Add(Diagnostic.Create(Messages.TreebankMalformed, new Location(name, lineNo), "expected tab-separated columns"));
            return;
        }
        if (line.AsSpan(0, tab).ContainsAny('-', '.'))
            return; // multiword-token or empty-node line: the word lines carry the words
        _forms.Add(line[(tab + 1)..tab2]);
    }

    public void EndSentence()
    {
        if (_forms.Count == 0)
            return;
        if (_text is null)
            diagnostics.Add(Diagnostic.Create(Messages.TreebankMalformed, new Location(name), $"sentence '{_id}' has no '# text' line"));
        else if (!TryAlign(_text, out var spans))
        {
            diagnostics.Add(Diagnostic.Create(Messages.TreebankTextMismatch, new Location(name, _textLine), _id));
            Skipped++;
        }
        else
            Append(_text, spans);
        _forms.Clear();
        _text = _id = null;
        _newPar = _newDoc = false;
    }

    private bool TryAlign(string text, out (int Start, int End)[] spans)
    {
        spans = new (int, int)[_forms.Count];
        var pos = 0;
        for (var i = 0; i < _forms.Count; i++)
        {
            while (pos < text.Length && char.IsWhiteSpace(text[pos]))
                pos++;
            if (!text.AsSpan(pos).StartsWith(_forms[i], StringComparison.Ordinal))
                return false;
            spans[i] = (pos, pos + _forms[i].Length);
            pos += _forms[i].Length;
        }
        return true;
    }

    private void Append(string text, (int Start, int End)[] spans)
    {
        if (Text.Length > 0)
            Text.Append(Separator());
        var offset = Text.Length;
        Text.Append(text);
        foreach (var (s, e) in spans)
            Words.Add((offset + s, offset + e));
        Sentences.Add((offset + spans[0].Start, offset + spans[^1].End));
    }

    private string Separator() => layout switch
    {
        TokenizationTextLayout.SpacesOnly => " ",
        TokenizationTextLayout.LineParagraphs => _newDoc ? "\n\n" : _newPar ? "\n" : " ",
        _ => _newDoc || _newPar ? "\n\n" : " ",
    };
}
