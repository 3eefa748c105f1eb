using System.Collections.Immutable;
using Parley.Diagnostics;

namespace Parley.Patterns;

/// <summary>A synset definition or extension as written: <c>&amp;NAME = a b &amp;OTHER</c> or <c>&amp;NAME += c</c>.</summary>
internal sealed record SynsetLine(string Name, bool Extends, ImmutableArray<string> Members, Location Where);

/// <summary>A pattern line before validation, with the entry header it belongs to.</summary>
internal sealed record RawPattern(ImmutableArray<string> Keys, bool IsNoun, string Cameo, ImmutableArray<Constraint> Constraints, bool Negated, string? ExplicitId, Location Where);

/// <summary>
/// Parses one pattern file (format in data/patterns/README.md): synset lines, <c>verb</c>/<c>noun</c> entry
/// headers at column 0, and indented pattern lines <c>CODE constraint… [neg] [id=NAME] [# comment]</c>.
/// </summary>
internal sealed class PatternFileParser(string path, List<Diagnostic> diagnostics)
{
    private static readonly char[] Blanks = [' ', '\t'];
    private ImmutableArray<string> _keys = [];
    private bool _isNoun;
    private bool _inEntry;

    public List<SynsetLine> Synsets { get; } = [];

    public List<RawPattern> Patterns { get; } = [];

    public void Parse(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var text = StripComment(lines[i]);
            if (text.Trim().Length == 0)
                continue;
            var where = new Location(path, i + 1);
            if (char.IsWhiteSpace(text[0]))
                ParsePattern(text.Trim(), where);
            else if (text[0] == '&')
                ParseSynset(text, where);
            else
                ParseHeader(text, where);
        }
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? line : line[..hash];
    }

    private void ParseHeader(string text, Location where)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var kind = space < 0 ? text : text[..space];
        var keys = space < 0 ? [] : text[space..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(k => string.Join(" ", k.Split(" ", StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant()).Distinct().ToImmutableArray();
        _inEntry = false;
        if (kind is not ("verb" or "noun") || keys.IsEmpty || keys.Any(k => !PatternSyntax.IsKey(k)))
        {
            Error(where, Messages.PatternLineMalformed, "expected an entry header 'verb LEMMA [PARTICLE] | …' or 'noun LEMMA | …', or a synset '&NAME = …'");
            return;
        }
        (_keys, _isNoun, _inEntry) = (keys, kind == "noun", true);
    }

    private void ParseSynset(string text, Location where)
    {
        var extends = text.Contains("+=", StringComparison.Ordinal);
        var parts = text.Split(extends ? "+=" : "=", 2);
        var name = parts[0].Trim();
        var members = parts.Length == 2 ? parts[1].Split(Blanks, StringSplitOptions.RemoveEmptyEntries).Select(m => m.ToLowerInvariant()).ToImmutableArray() : [];
        if (parts.Length != 2 || !PatternSyntax.IsSynsetName(name) || members.IsEmpty || members.Any(m => !PatternSyntax.IsWordOrSynset(m, out _)))
        {
            Error(where, Messages.PatternLineMalformed, "expected '&NAME = word word &OTHER …' or '&NAME += word …' (single-word lemmas)");
            return;
        }
        Synsets.Add(new SynsetLine(name, extends, members.Select(PatternSyntax.NormalizeMember).ToImmutableArray(), where));
    }

    private void ParsePattern(string text, Location where)
    {
        if (!_inEntry)
        {
            Error(where, Messages.PatternOutsideEntry);
            return;
        }
        var tokens = text.Split(Blanks, StringSplitOptions.RemoveEmptyEntries);
        if (tokens[0] != Pattern.NullCode && (!tokens[0].All(char.IsAsciiDigit) || tokens[0].Length is < 2 or > 4))
        {
            Error(where, Messages.PatternLineMalformed, $"a pattern starts with a CAMEO code or ---, not '{tokens[0]}'");
            return;
        }
        var constraints = ImmutableArray.CreateBuilder<Constraint>();
        (bool negated, string? id) = (false, null);
        foreach (var token in tokens.Skip(1))
        {
            if (token == "neg")
                negated = true;
            else if (token.StartsWith("id=", StringComparison.Ordinal) && token.Length > 3)
                id = token[3..];
            else if (PatternSyntax.TryParseConstraint(token, out var constraint, out var problem))
                constraints.Add(constraint);
            else
            {
                Error(where, Messages.PatternLineMalformed, problem);
                return;
            }
        }
        Patterns.Add(new RawPattern(_keys, _isNoun, tokens[0], constraints.ToImmutable(), negated, id, where));
    }

    private void Error(Location where, MessageTemplate template, params object?[] args) =>
        diagnostics.Add(Diagnostic.Create(template, where, args));
}
