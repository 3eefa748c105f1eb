using Parley.Diagnostics;

namespace Parley.Petrarch;

/// <summary>
/// Parses the inside of one actor code bracket: <c>CODE</c>, <c>CODE &lt;d</c>, <c>CODE &gt;d</c>, <c>CODE d1-d2</c>
/// (spaces allowed); CODE may be compound (<c>FRO/BIL/SAM</c>).
/// </summary>
internal static class RestrictionParser
{
    public static DateRestriction? Parse(string inside, int line, string file, List<Diagnostic> diagnostics)
    {
        var parts = inside.Trim().Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            diagnostics.Add(Diagnostic.Create(Messages.PetrarchCodeMalformed, new Location(file, line), "[]"));
            return null;
        }
        var code = parts[0].ToUpperInvariant();
        // A compound code (FRO/BIL/SAM: the Shire is three actors) is kept whole; PETRARCH-1 patterns code each member.
        if (!IsActorCode(code) && !(code.Contains('/', StringComparison.Ordinal) && code.Split('/').All(c => c != DateRestriction.NullCode && IsActorCode(c))))
        {
            diagnostics.Add(Diagnostic.Create(Messages.PetrarchCodeMalformed, new Location(file, line), parts[0]));
            return null;
        }
        if (parts.Length == 1)
            return DateRestriction.Create(code, RestrictionKind.Default, default, default, line);
        var dates = string.Concat(parts[1].Where(c => !char.IsWhiteSpace(c)));
        var (kind, first, second) = dates[0] switch
        {
            '<' => (RestrictionKind.Before, dates[1..], null),
            '>' => (RestrictionKind.From, dates[1..], null),
            _ => (RestrictionKind.Between, dates.Split('-')[0], dates.Contains('-', StringComparison.Ordinal) ? dates[(dates.IndexOf('-', StringComparison.Ordinal) + 1)..] : ""),
        };
        var d2 = default(DateOnly);
        if (!PetrarchDate.TryParse(first, out var d1) || (second is not null && !PetrarchDate.TryParse(second, out d2)))
        {
            diagnostics.Add(Diagnostic.Create(Messages.PetrarchDateInvalid, new Location(file, line), parts[1].Trim()));
            return null;
        }
        if (kind == RestrictionKind.Between && d2 < d1)
        {
            diagnostics.Add(Diagnostic.Create(Messages.PetrarchDateInvalid, new Location(file, line), $"{parts[1].Trim()} (ends before it starts)"));
            return null;
        }
        return DateRestriction.Create(code, kind, d1, d2, line);
    }

    /// <summary>Upper-case letters and digits, or the null code <c>---</c>.</summary>
    public static bool IsActorCode(string code) =>
        code == DateRestriction.NullCode || (code.Length > 0 && code.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)));
}
