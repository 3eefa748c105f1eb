using System.Globalization;

namespace Parley.Petrarch;

/// <summary>PETRARCH dates: YYYYMMDD, or YYMMDD with YY ≤ 30 read as 20YY and larger YY as 19YY (as PETRARCH does).</summary>
public static class PetrarchDate
{
    /// <summary>Parses a PETRARCH date; false when it is not 6 or 8 digits forming a valid calendar date.</summary>
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        if (text is null || (text.Length != 6 && text.Length != 8) || !text.All(char.IsAsciiDigit))
            return false;
        var full = text;
        if (text.Length == 6)
            full = (int.Parse(text[..2], CultureInfo.InvariantCulture) <= 30 ? "20" : "19") + text;
        return DateOnly.TryParseExact(full, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
