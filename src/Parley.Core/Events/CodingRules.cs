using Parley.Diagnostics;
using Parley.Frames;
using Parley.Ontology;

namespace Parley.Events;

/// <summary>
/// The coder's rule tables from <c>data/coding/</c>: reciprocal acts, the threats announced acts imply, the
/// nouns coreference resolves to states, how actors take a country or sector from their context, and the grammar
/// words of frames, places and fallback targets.
/// </summary>
public sealed record CodingRules(ReciprocalCodes Reciprocal, IntendedCodes Intended, CoreferenceWords Coreference, ContextRules Context, GrammarWords Grammar)
{
    /// <summary>
    /// Loads <c>reciprocal.txt</c>, <c>intended.txt</c>, <c>coreference.txt</c>, <c>context.txt</c> and <c>grammar.txt</c>
    /// from <paramref name="directory"/>.
    /// </summary>
    public static CodingRules Load(string directory, CameoCatalog cameo, ICollection<Diagnostic> diagnostics) =>
        new(ReciprocalCodes.Load(Path.Combine(directory, "reciprocal.txt"), diagnostics),
            IntendedCodes.Load(Path.Combine(directory, "intended.txt"), cameo, diagnostics),
            CoreferenceWords.Load(Path.Combine(directory, "coreference.txt"), diagnostics),
            ContextRules.Load(Path.Combine(directory, "context.txt"), diagnostics),
            GrammarWords.Load(Path.Combine(directory, "grammar.txt"), diagnostics));
}
