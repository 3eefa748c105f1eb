namespace Parley.Reading;

/// <summary>How a <see cref="DocumentSource"/> reads its inputs.</summary>
/// <param name="Format">How files become documents.</param>
/// <param name="DefaultDate">The publication date of documents whose input gives none.</param>
/// <param name="MaxChars">
/// The largest document (or line, for line-based formats) accepted, in UTF-16 characters. Larger ones are
/// skipped with PRL108 while the input is streamed past them, so a huge line costs no memory.
/// </param>
public sealed record ReadOptions(InputFormat Format = InputFormat.Text, DateOnly? DefaultDate = null, int MaxChars = ReadOptions.DefaultMaxChars)
{
    /// <summary>The default size limit: five million characters, far above any news article.</summary>
    public const int DefaultMaxChars = 5_000_000;
}
