using Parley.Diagnostics;

namespace Parley.Petrarch;

/// <summary>
/// The PETRARCH dictionary files to load: one verbs file (optional), actor files, agent files and discard files,
/// each list in load order (a later actor file wins over an earlier one).
/// </summary>
/// <param name="Verbs">The verbs dictionary, or null to load none.</param>
/// <param name="Actors">Actor dictionaries.</param>
/// <param name="Agents">Agent dictionaries.</param>
/// <param name="Discards">Discard lists.</param>
public sealed record PetrarchFiles(string? Verbs, IReadOnlyList<string> Actors, IReadOnlyList<string> Agents, IReadOnlyList<string> Discards)
{
    /// <summary>
    /// PETRARCH-2's coding ontology (PICO), or null: with it, a negated verb codes the negated act
    /// (<see cref="PicoOntology"/>); without it, a negated verb codes nothing.
    /// </summary>
    public string? Pico { get; init; }

    /// <summary>
    /// The files of a folder, by name (ordinal order): <c>*verbs*</c> or <c>CAMEO*</c> is the verbs file,
    /// <c>*actors*</c> (also <c>.gz</c>) actors, <c>*agents*</c> agents, <c>*discards*</c> discards; other files are
    /// ignored; a single <c>*Ontology*</c> file is the coding ontology (<see cref="Pico"/>). Several verbs files are an error (PRL609): name the one to use with explicit files instead.
    /// </summary>
    public static PetrarchFiles FromFolder(string folder, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!Directory.Exists(folder))
        {
            diagnostics.Add(Diagnostic.Create(Messages.PetrarchFilesInvalid, new Location(folder), $"no such folder: {folder}"));
            return new(null, [], [], []);
        }
        var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList();
        List<string> Named(string part) => [.. files.Where(f => Path.GetFileName(f).Contains(part, StringComparison.OrdinalIgnoreCase))];
        var verbs = Named("verbs").Concat(files.Where(f => Path.GetFileName(f).StartsWith("CAMEO", StringComparison.OrdinalIgnoreCase))).Distinct().ToList();
        if (verbs.Count > 1)
            diagnostics.Add(Diagnostic.Create(Messages.PetrarchFilesInvalid, new Location(folder),
                $"several verbs dictionaries in {folder} ({string.Join(", ", verbs.Select(Path.GetFileName))}); give the one to use explicitly"));
        var pico = Named("ontology");
        return new(verbs.Count == 1 ? verbs[0] : null, Named("actors"), Named("agents"), Named("discards")) { Pico = pico.Count == 1 ? pico[0] : null };
    }
}
