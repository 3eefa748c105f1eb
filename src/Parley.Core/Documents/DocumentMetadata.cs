namespace Parley.Documents;

/// <summary>What is known about a document besides its text. The publication date is an input, never the clock.</summary>
/// <param name="Id">A stable identifier (file name, line number or the input's own id).</param>
/// <param name="PublicationDate">The date the text was published; event dates are resolved against it.</param>
/// <param name="Title">Headline or title, if known.</param>
/// <param name="Url">Where the text came from, if known.</param>
/// <param name="Source">The publisher or feed, if known.</param>
public sealed record DocumentMetadata(
    string Id,
    DateOnly? PublicationDate = null,
    string? Title = null,
    string? Url = null,
    string? Source = null);
