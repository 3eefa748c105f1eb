using Parley.Documents;
using Parley.Events;

namespace Parley.Actors;

/// <summary>
/// What the event coder asks the document-level coreference pass: the antecedents of an anaphor, each coded as the
/// reference codes it ("the regime" → North Korea as PRKGOV), in the shape <see cref="Coreference.Resolve"/> gives.
/// </summary>
internal static class ReferenceLookup
{
    /// <summary>
    /// The antecedents the <see cref="ActorReferences"/> layer gives the anaphor at <paramref name="token"/>, or null
    /// when the layer is absent, has no reference there, or names a state of <paramref name="notCountries"/> (the
    /// event's own source: the caller's own rules decide then).
    /// </summary>
    public static IReadOnlyList<(ActorMention? Mention, EventActor? Actor)>? Find(Document doc, int token, IReadOnlySet<string>? notCountries)
    {
        if (doc.GetLayer<ActorReferences>()?.At(token) is not { Kind: not ActorReferenceKind.Surname } r)
            return null;
        var coded = new List<(ActorMention?, EventActor?)>();
        for (var i = 0; i < r.Antecedents.Count; i++)
        {
            var a = r.Antecedents[i];
            var c = r.Codes[i];
            if (c.Country is not null && notCountries?.Contains(c.Country) == true)
                return null;
            coded.Add((a with { Code = c.Code, Country = c.Country, Sector = c.Sector }, null));
        }
        return coded;
    }
}
