namespace Parley.Dates;

/// <summary>A time expression found in a sentence and resolved against the publication date.</summary>
/// <param name="FirstToken">First token (document index), including a leading preposition.</param>
/// <param name="EndToken">One past the last token.</param>
/// <param name="Start">Start character offset.</param>
/// <param name="End">Exclusive end character offset.</param>
/// <param name="Text">The words, as written ("on June 12").</param>
/// <param name="Date">The resolved date.</param>
/// <param name="Rule">Which rule resolved it, for explanations ("month-day", "weekday", "ago" …).</param>
public sealed record DateMention(int FirstToken, int EndToken, int Start, int End, string Text, PartialDate Date, string Rule);

/// <summary>Which way to resolve an expression whose year or week the text leaves open.</summary>
public enum TimeDirection
{
    /// <summary>Reported events: the latest matching date on or before publication (news default).</summary>
    Past,
    /// <summary>Announced or intended events: the earliest matching date on or after publication.</summary>
    Future,
}
