using Parley.Diagnostics;
using Parley.Ontology;

namespace Parley.Events;

/// <summary>The coder's rule tables from <c>data/coding/</c>: reciprocal acts and the threats announced acts imply.</summary>
public sealed record CodingRules(ReciprocalCodes Reciprocal, IntendedCodes Intended)
{
    /// <summary>Loads <c>reciprocal.txt</c> and <c>intended.txt</c> from <paramref name="directory"/>.</summary>
    public static CodingRules Load(string directory, CameoCatalog cameo, ICollection<Diagnostic> diagnostics) =>
        new(ReciprocalCodes.Load(Path.Combine(directory, "reciprocal.txt"), diagnostics),
            IntendedCodes.Load(Path.Combine(directory, "intended.txt"), cameo, diagnostics));
}
