using Parley.Actors;
using Parley.Documents;
using Parley.Events;

namespace Parley.Writing;

/// <summary>
/// What is missing from the code of an event's actor, in the vocabulary of <c>parley actors</c>
/// (<see cref="ActorMentionFlags"/> names: NoCountry, NoSector, NoRoleAtDate, …), taken from the document's actor
/// listing so that every output flags an actor alike. An actor that cannot be fully coded keeps its text and what
/// is known, and is flagged; a fully coded one has no flags.
/// </summary>
public sealed class EventActorFlags
{
    // Flags that say what the code lacks or how sure it is; Possessive and Surname only describe the words.
    private const ActorMentionFlags Reported = ~(ActorMentionFlags.Possessive | ActorMentionFlags.Surname);

    private readonly Dictionary<(int Start, int End, string Code), ActorMentionFlags> _listed;

    private EventActorFlags(Dictionary<(int Start, int End, string Code), ActorMentionFlags> listed) => _listed = listed;

    /// <summary>No listing: flags come from the event actor alone (an uncoded actor with no country is NoCountry).</summary>
    public static EventActorFlags None { get; } = new([]);

    /// <summary>The flags of the actors of <paramref name="document"/>'s events, from its actor listing.</summary>
    public static EventActorFlags Of(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var listed = new Dictionary<(int Start, int End, string Code), ActorMentionFlags>();
        foreach (var row in ActorListing.Rows(document))
        {
            var key = (row.Start, row.End, row.Code ?? "");
            listed[key] = listed.GetValueOrDefault(key) | (row.Flags & Reported);
        }
        return new EventActorFlags(listed);
    }

    /// <summary>The flags of <paramref name="actor"/>: the listing's row of the same span and code, else what the actor shows.</summary>
    public ActorMentionFlags For(EventActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var flags = _listed.GetValueOrDefault((actor.Start, actor.End, actor.Code ?? ""));
        // Never an uncoded actor without a flag: with no code and no country, no country is known.
        return flags == ActorMentionFlags.None && actor.Code is null && actor.Country is null ? ActorMentionFlags.NoCountry : flags;
    }

    /// <summary>The names of the flags set in <paramref name="flags"/>, in declaration order; empty when none.</summary>
    public static IReadOnlyList<string> Names(ActorMentionFlags flags) =>
        [.. Enum.GetValues<ActorMentionFlags>().Where(f => f != ActorMentionFlags.None && flags.HasFlag(f)).Select(f => f.ToString())];
}
