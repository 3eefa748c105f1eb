namespace Parley.Actors;

/// <summary>A piece of a mention: a phrase and the entry chosen for it.</summary>
/// <param name="Entry">The entry (for a surname, the person's entry).</param>
/// <param name="FirstToken">First token.</param>
/// <param name="EndToken">One past the last token touched.</param>
/// <param name="Start">Start character offset.</param>
/// <param name="End">End character offset, before a possessive suffix.</param>
/// <param name="Possessive">True when <c>'s</c> follows.</param>
/// <param name="Next">First token after the piece and its possessive suffix.</param>
/// <param name="Rule">"name", "surname" or "title+surname" for nouns; "agent" for agents.</param>
internal readonly record struct Part(ActorEntry Entry, int FirstToken, int EndToken, int Start, int End, bool Possessive, int Next, string Rule)
{
    public static Part From(PhraseMatch m, string rule) =>
        new(m.Entries[0].Entry, m.FirstToken, m.EndToken, m.Start, m.End, m.Possessive, m.NextToken, rule);
}

/// <summary>A run of agent phrases ("government troops"): the last is the head and gives the sector and title-ness.</summary>
internal readonly record struct AgentChain(Part First, Part Last, int Count, string Code)
{
    public bool IsTitle => Last.Entry.IsTitle;
    public int Next => Last.Next;
    public string Sources => Count == 1 ? First.Entry.Source : $"{First.Entry.Source} + {Last.Entry.Source}";
}

/// <summary>A person's code on a date, with the flags that explain it.</summary>
internal readonly record struct PersonCode(string? Code, string? Title, ActorMentionFlags Flags)
{
    public static PersonCode Of(PersonEntry person, DateOnly? date)
    {
        if (date is not { } d)
        {
            var latest = person.LatestRole();
            return new(latest?.Code, latest?.Title, ActorMentionFlags.Undated);
        }
        var role = person.RoleAt(d);
        return role is null ? new(null, null, ActorMentionFlags.NoRoleAtDate) : new(role.Code, role.Title, ActorMentionFlags.None);
    }
}
