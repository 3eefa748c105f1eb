namespace Parley.Actors;

/// <summary>What is missing or special about a mention; it is kept either way.</summary>
[Flags]
public enum ActorMentionFlags
{
    /// <summary>Fully coded.</summary>
    None = 0,
    /// <summary>No country is known (an agent alone: "officials", "the regime").</summary>
    NoCountry = 1 << 0,
    /// <summary>A country without a sector where one was expected.</summary>
    NoSector = 1 << 1,
    /// <summary>A known person holds no role on the document's date: no code.</summary>
    NoRoleAtDate = 1 << 2,
    /// <summary>The document has no publication date: the person's latest role was used.</summary>
    Undated = 1 << 3,
    /// <summary>A title before a name that is not in the people files: coded from the title and country.</summary>
    UnknownPerson = 1 << 4,
    /// <summary>Followed by a possessive <c>'s</c>.</summary>
    Possessive = 1 << 5,
    /// <summary>A surname alone, resolved to a person named in full earlier in the document or after a title.</summary>
    Surname = 1 << 6,
    /// <summary>Several people share the surname after a title: not resolved.</summary>
    Ambiguous = 1 << 7,
}

/// <summary>
/// One actor mention: where it is, what it resolved to, and why.
/// </summary>
/// <param name="FirstToken">First token.</param>
/// <param name="EndToken">One past the last token.</param>
/// <param name="Start">Start character offset in the document text.</param>
/// <param name="End">End character offset (a possessive suffix excluded).</param>
/// <param name="Text">The mention's text.</param>
/// <param name="Code">The CAMEO actor code, or null when it cannot be coded.</param>
/// <param name="Country">The country code (USA, USAPRI), or null.</param>
/// <param name="Sector">The first sector unit (GOV, MIL; IGO for international organizations), or null.</param>
/// <param name="Name">The canonical name of the country, organization or person, if known.</param>
/// <param name="Title">The office of a person on the date, or the agent phrase, if any.</param>
/// <param name="Kind">What the head of the mention is.</param>
/// <param name="Rule">How the mention was built ("person", "adjective+agent", "possessive+agent", "surname", …).</param>
/// <param name="Sources">The entries behind it, as <c>file:line</c>, joined with " + ".</param>
/// <param name="Flags">What is missing or special.</param>
public sealed record ActorMention(
    int FirstToken, int EndToken, int Start, int End, string Text,
    string? Code, string? Country, string? Sector, string? Name, string? Title,
    ActorEntryKind Kind, string Rule, string Sources, ActorMentionFlags Flags);

/// <summary>The document layer of actor mentions, in text order.</summary>
/// <param name="Items">The mentions.</param>
public sealed record ActorMentions(IReadOnlyList<ActorMention> Items);
