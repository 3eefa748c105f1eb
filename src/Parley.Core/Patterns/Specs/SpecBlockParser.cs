using System.Collections.Immutable;
using System.Globalization;
using Parley.Diagnostics;
using Parley.Ontology;

namespace Parley.Patterns.Specs;

/// <summary>Parses the <c>```coding</c> blocks of one spec file into cases.</summary>
internal sealed class SpecBlockParser(string path, CameoCatalog cameo, List<Diagnostic> diagnostics)
{
    private readonly List<SpecCase> _cases = [];
    private string? _text;
    private DateOnly? _date;
    private readonly List<SpecEvent> _events = [];
    private bool _none;
    private int _start;

    public List<SpecCase> Parse(IReadOnlyList<string> lines)
    {
        var inBlock = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (!inBlock)
            {
                inBlock = line == "```coding";
                continue;
            }
            if (line == "```" || line.Length == 0)
            {
                Flush();
                inBlock = line != "```";
                continue;
            }
            ParseLine(line, i + 1);
        }
        if (inBlock)
            Error(lines.Count, "unterminated ```coding block");
        Flush();
        return _cases;
    }

    private void ParseLine(string line, int number)
    {
        if (_text is null && _events.Count == 0 && !_none && _date is null)
            _start = number;
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        var key = colon > 0 ? line[..colon] : "";
        var value = colon > 0 ? line[(colon + 1)..].Trim() : "";
        switch (key)
        {
            case "text" when _text is null && value.Length > 0: _text = value; break;
            case "date" when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d): _date = d; break;
            case "expect" when value == "none": _none = true; break;
            case "expect": ParseEvent(value, number); break;
            default: Error(number, $"expected 'text: …', 'date: YYYY-MM-DD' or 'expect: SOURCE -> TARGET CODE', got '{line}'"); break;
        }
    }

    private void ParseEvent(string value, int number)
    {
        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 4 || parts[1] != "->" || !IsActor(parts[0]) || !(parts[2] == "-" || IsActor(parts[2])))
        {
            Error(number, $"expected 'expect: SOURCE -> TARGET CODE' with actor codes (TARGET may be '-'), got '{value}'");
            return;
        }
        if (!cameo.Contains(parts[3]))
            diagnostics.Add(Diagnostic.Create(Messages.SpecCameoUnknown, new Location(path, number), parts[3]));
        _events.Add(new SpecEvent(parts[0], parts[2] == "-" ? null : parts[2], parts[3]));
    }

    private static bool IsActor(string code) =>
        code.Length is >= 3 and <= 15 && code.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));

    private void Flush()
    {
        if (_text is null && _events.Count == 0 && !_none && _date is null)
            return;
        if (_text is null)
            Error(_start, "case without 'text:'");
        else if ((_events.Count > 0) == _none)
            Error(_start, "a case needs 'expect:' lines, or exactly 'expect: none'");
        else
            _cases.Add(new SpecCase(_text, _date, [.. _events], path, _start));
        (_text, _date, _none) = (null, null, false);
        _events.Clear();
    }

    private void Error(int line, string message) =>
        diagnostics.Add(Diagnostic.Create(Messages.SpecBlockMalformed, new Location(path, line), message));
}
