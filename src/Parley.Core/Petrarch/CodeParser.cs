using Parley.Diagnostics;

namespace Parley.Petrarch;

/// <summary>Parses event codes in brackets: <c>[040]</c>, <c>[---]</c>, <c>[042:043]</c>, <c>[:173]</c>.</summary>
internal static class CodeParser
{
    /// <summary>The null code: no event.</summary>
    public const string Null = "---";

    public static PetrarchCode? Parse(string bracketed, int line, string file, List<Diagnostic> diagnostics)
    {
        var close = bracketed.IndexOf(']', StringComparison.Ordinal);
        var inside = bracketed.Length > 1 && close > 0 ? bracketed[1..close].Trim() : null;
        var trailing = close > 0 ? bracketed[(close + 1)..].Trim() : "";
        var parts = inside?.Split(':');
        if (inside is null || trailing.Length > 0 || parts!.Length > 2 || !parts.All(p => p.Length == 0 || IsEventCode(p)) || parts.All(p => p.Length == 0))
        {
            diagnostics.Add(Diagnostic.Create(Messages.PetrarchCodeMalformed, new Location(file, line), bracketed.Trim()));
            return null;
        }
        var forward = parts[0].Length == 0 ? null : parts[0];
        var reverse = parts.Length == 2 && parts[1].Length > 0 && parts[1] != Null ? parts[1] : null;
        return new PetrarchCode(forward, reverse);
    }

    private static bool IsEventCode(string s) => s == Null || (s.Length is >= 2 and <= 4 && s.All(char.IsAsciiDigit));
}
