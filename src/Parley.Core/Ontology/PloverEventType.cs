using System.Collections.Immutable;

namespace Parley.Ontology;

/// <summary>
/// A PLOVER event type (AGREE … ASSAULT): its quad class (1–4), whether a recipient is required, its modes
/// ("how") and a short description.
/// </summary>
public sealed record PloverEventType(string Name, int QuadClass, bool RecipientRequired, ImmutableArray<string> Modes, string Description);

/// <summary>A PLOVER context ("why"), and whether it comes from the manual or only from the CAMEO→PLOVER table.</summary>
public sealed record PloverContext(string Name, string Source, string Description);

/// <summary>
/// How one CAMEO code maps to PLOVER: the event type (null when explicitly unmapped, see <see cref="Note"/>),
/// the mode the CAMEO code implies (null when none), contexts, and whether PLOVER's actor is CAMEO's target
/// (<see cref="SwapRoles"/>, e.g. 043 host a visit: the visitor is PLOVER's actor).
/// </summary>
public sealed record PloverMapping(string Cameo, string? Event, string? Mode, ImmutableArray<string> Contexts, bool SwapRoles, string Origin, string Note)
{
    /// <summary>True when the CAMEO code has a PLOVER event type.</summary>
    public bool IsMapped => Event is not null;
}
