using Parley.Diagnostics;
using Parley.Ontology;

namespace Parley.Events;

/// <summary>
/// The coder's rule tables from <c>data/coding/</c>: reciprocal acts, the threats announced acts imply, and the
/// nouns coreference resolves to states.
/// </summary>
public sealed record CodingRules(ReciprocalCodes Reciprocal, IntendedCodes Intended, CoreferenceWords Coreference)
{
    /// <summary>Loads <c>reciprocal.txt</c>, <c>intended.txt</c> and <c>coreference.txt</c> from <paramref name="directory"/>.</summary>
    public static CodingRules Load(string directory, CameoCatalog cameo, ICollection<Diagnostic> diagnostics) =>
        new(ReciprocalCodes.Load(Path.Combine(directory, "reciprocal.txt"), diagnostics),
            IntendedCodes.Load(Path.Combine(directory, "intended.txt"), cameo, diagnostics),
            CoreferenceWords.Load(Path.Combine(directory, "coreference.txt"), diagnostics));
}
