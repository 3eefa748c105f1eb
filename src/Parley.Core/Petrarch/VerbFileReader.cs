using Parley.Diagnostics;

namespace Parley.Petrarch;

/// <summary>
/// Reads a PETRARCH-2 verbs dictionary into <see cref="RawVerbFile"/>: synsets (<c>&amp;LABEL</c> then <c>+PHRASE</c>
/// lines), verb blocks (<c>--- NAME [CODE] ---</c>, verb lines, <c>- … * … [CODE]</c> pattern lines) and <c>~</c>
/// transformation rules (reported as unsupported).
/// </summary>
internal sealed class VerbFileReader(string path, List<Diagnostic> diagnostics)
{
    private readonly RawVerbFile _file = new(path);
    private RawSynset? _synset;
    private RawVerbBlock? _block;

    public RawVerbFile Read(IEnumerable<PetrarchLine> lines)
    {
        foreach (var line in lines)
        {
            var text = line.Text.Trim();
            if (text.StartsWith("---", StringComparison.Ordinal))
                StartBlock(text, line.Number);
            else if (text.StartsWith('-'))
                AddPattern(text[1..], line.Number);
            else if (text.StartsWith('*') && _block is not null)
            {
                // "* (TO QUESTION) [110]": a pattern whose '- ' was forgotten, read as PETRARCH reads it.
                Report(Messages.PetrarchPatternDashMissing, line.Number, text);
                AddPattern(text, line.Number);
            }
            else if (text.StartsWith('&'))
                StartSynset(text, line.Number);
            else if (text.StartsWith('~'))
                Report(Messages.PetrarchTransformationUnsupported, line.Number);
            else if (text.StartsWith('+') && _synset is not null)
                _synset.Members.Add(text[1..].Trim());
            else if (_block is null)
                Report(Messages.PetrarchOutsideBlock, line.Number, $"verb '{text}'");
            else if (VerbLineParser.Parse(text, line.Number, path, diagnostics) is { } verb)
                _block.Verbs.Add(verb);
        }
        return _file;
    }

    private void StartBlock(string text, int number)
    {
        _synset = null;
        var inner = text.Trim('-').Trim();
        var bracket = inner.IndexOf('[', StringComparison.Ordinal);
        var name = (bracket < 0 ? inner : inner[..bracket]).Trim();
        var close = bracket < 0 ? -1 : inner.IndexOf(']', bracket);
        var code = bracket < 0 ? new PetrarchCode(CodeParser.Null, null)
            : CodeParser.Parse(close < 0 ? inner[bracket..] : inner[bracket..(close + 1)], number, path, diagnostics);
        if (name.Length == 0 || code is null)
        {
            if (name.Length == 0)
                Report(Messages.PetrarchLineMalformed, number, "expected '--- NAME [CODE] ---'");
            _block = null;
            return;
        }
        _block = new RawVerbBlock(name, code, number);
        _file.Blocks.Add(_block);
    }

    private void StartSynset(string text, int number)
    {
        _block = null;
        var label = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0];
        var name = "&" + label[1..].TrimEnd('_').ToUpperInvariant();
        if (name.Length < 2)
        {
            Report(Messages.PetrarchLineMalformed, number, "expected a synset label '&NAME'");
            _synset = null;
            return;
        }
        // PETRARCH appends to a label defined twice; so does Parley.
        if (!_file.Synsets.TryGetValue(name, out _synset))
        {
            _synset = new RawSynset(name, [], label.EndsWith('_'), number);
            _file.Synsets[name] = _synset;
        }
    }

    private void AddPattern(string text, int number)
    {
        if (_block is null)
        {
            Report(Messages.PetrarchOutsideBlock, number, "pattern");
            return;
        }
        var bracket = text.LastIndexOf('[');
        if (bracket < 0)
        {
            Report(Messages.PetrarchLineMalformed, number, "pattern without a [CODE]");
            return;
        }
        if (CodeParser.Parse(text[bracket..], number, path, diagnostics) is { } code)
            _block.Patterns.Add(new RawVerbPattern(text[..bracket].Trim(), code, number));
    }

    private void Report(MessageTemplate template, int line, params object?[] args) =>
        diagnostics.Add(Diagnostic.Create(template, new Location(path, line), args));
}
