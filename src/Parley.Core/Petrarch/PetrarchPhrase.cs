namespace Parley.Petrarch;

/// <summary>Normalizes PETRARCH phrases: '_' and runs of spaces become one space, TABARI comments after ';' go, lower case.</summary>
internal static class PetrarchPhrase
{
    public static string Normalize(string text)
    {
        var semicolon = text.IndexOf(';', StringComparison.Ordinal);
        if (semicolon >= 0)
            text = text[..semicolon];
        var words = text.Replace('_', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words).ToLowerInvariant();
    }

    /// <summary>A display name from a normalized phrase: each word capitalised ("sam gamgee" → "Sam Gamgee").</summary>
    public static string Display(string phrase) =>
        string.Join(' ', phrase.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));
}
