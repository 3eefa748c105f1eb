using System.Collections.Immutable;
using Parley.Diagnostics;

namespace Parley.Petrarch;

/// <summary>
/// Reads PETRARCH/TABARI actor dictionaries: primary lines <c>PHRASE [CODE]…</c> (code optional; TABARI's
/// <c>; comment</c> ignored), synonym lines <c>+PHRASE</c>, and indented restriction lines <c>[CODE &lt;date]</c>,
/// <c>[CODE &gt;date]</c>, <c>[CODE d1-d2]</c>, <c>[CODE]</c>; several bracket groups may share a line.
/// </summary>
internal sealed class PetrarchActorReader(string file, List<Diagnostic> diagnostics)
{
    private readonly List<PetrarchActor> _actors = [];
    private readonly Dictionary<string, int> _byPrimary = new(StringComparer.Ordinal);
    private List<string>? _phrases;
    private List<DateRestriction> _restrictions = [];
    private int _line;

    public List<PetrarchActor> Read(IEnumerable<PetrarchLine> lines)
    {
        foreach (var line in lines)
        {
            var text = line.Text.Trim();
            if (line.Indented && text.StartsWith('['))
                AddRestrictions(text, line.Number, "date restriction");
            else if (text.StartsWith('+'))
                AddSynonym(text[1..], line.Number);
            else
                StartEntry(text, line.Number);
        }
        Flush();
        return _actors;
    }

    private void StartEntry(string text, int number)
    {
        Flush();
        var bracket = text.IndexOf('[', StringComparison.Ordinal);
        var phrase = PetrarchPhrase.Normalize(bracket < 0 ? text : text[..bracket]);
        if (phrase.Length == 0)
        {
            Report(Messages.PetrarchLineMalformed, number, $"'{text}' has no actor phrase");
            return;
        }
        (_phrases, _restrictions, _line) = ([phrase], [], number);
        if (bracket >= 0)
            AddRestrictions(text[bracket..], number, "code");
    }

    private void AddSynonym(string text, int number)
    {
        if (_phrases is null)
        {
            Report(Messages.PetrarchOrphanLine, number, "synonym");
            return;
        }
        var bracket = text.IndexOf('[', StringComparison.Ordinal);
        var phrase = PetrarchPhrase.Normalize(bracket < 0 ? text : text[..bracket]);
        if (phrase.Length > 0)
            _phrases.Add(phrase);
        if (bracket >= 0)
            AddRestrictions(text[bracket..], number, "code");
    }

    private void AddRestrictions(string text, int number, string what)
    {
        if (_phrases is null)
        {
            Report(Messages.PetrarchOrphanLine, number, what);
            return;
        }
        var rest = text.Trim();
        while (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                Report(Messages.PetrarchLineMalformed, number, $"'{rest}' lacks a closing ']'");
                return;
            }
            if (RestrictionParser.Parse(rest[1..close], number, file, diagnostics) is { } r)
                _restrictions.Add(r);
            rest = rest[(close + 1)..].TrimStart();
        }
        if (rest.Length > 0 && !rest.StartsWith(';'))
            Report(Messages.PetrarchLineMalformed, number, $"unexpected '{rest}' after the codes");
    }

    private void Flush()
    {
        if (_phrases is null)
            return;
        // A name written twice (offices split over two records) is one actor with all the codes.
        if (_byPrimary.TryGetValue(_phrases[0], out var at))
        {
            var first = _actors[at];
            _actors[at] = first with { Phrases = [.. first.Phrases.Concat(_phrases).Distinct(StringComparer.Ordinal)], Restrictions = first.Restrictions.AddRange(_restrictions) };
        }
        else
        {
            _byPrimary[_phrases[0]] = _actors.Count;
            _actors.Add(new PetrarchActor([.. _phrases.Distinct(StringComparer.Ordinal)], [.. _restrictions], file, _line));
        }
        _phrases = null;
    }

    private void Report(MessageTemplate template, int line, params object?[] args) =>
        diagnostics.Add(Diagnostic.Create(template, new Location(file, line), args));
}
