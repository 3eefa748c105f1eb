using System.Collections.Frozen;
using Parley.Data;
using Parley.Diagnostics;

namespace Parley.Events;

/// <summary>The words coreference works with (data/coding/coreference.txt): pronouns, determiners, state and pair nouns.</summary>
/// <param name="StateNouns">Heads of definite descriptions of a state ("the regime").</param>
/// <param name="PairNouns">Heads of "both countries", "the two sides".</param>
public sealed record CoreferenceWords(FrozenSet<string> StateNouns, FrozenSet<string> PairNouns)
{
    private static readonly string[] Kinds = ["state", "pair", "pair-word", "person", "neuter", "plural", "definite"];

    /// <summary>Pronouns of a person ("he", "his", "her").</summary>
    public FrozenSet<string> PersonPronouns { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Pronouns of a thing or state ("it", "its").</summary>
    public FrozenSet<string> NeuterPronouns { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Plural pronouns ("they", "their").</summary>
    public FrozenSet<string> PluralPronouns { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Words that make a plural noun a pair of actors named before ("both countries", "the two armies").</summary>
    public FrozenSet<string> PairWords { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Determiners that make a description definite ("the", "this").</summary>
    public FrozenSet<string> Definite { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// How many sentences before a person pronoun its antecedent may be (0: the same sentence); unlimited when the
    /// data gives no <c>person-window</c> line.
    /// </summary>
    public int PersonWindow { get; init; } = int.MaxValue;

    /// <summary>Loads <c>KIND  WORD | WORD …</c> and <c>person-window  N</c> lines; bad lines are reported with file:line.</summary>
    public static CoreferenceWords Load(string path, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var words = Kinds.ToDictionary(k => k, _ => new HashSet<string>(), StringComparer.Ordinal);
        var window = int.MaxValue;
        foreach (var line in DataLine.ReadFile(path))
        {
            if (line.Fields.Count >= 2 && line.Fields[0] == "person-window" && int.TryParse(line.Fields[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
                window = n;
            else if (line.Fields.Count == 2 && words.TryGetValue(line.Fields[0], out var set))
                set.UnionWith(line.Fields[1].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            else
                diagnostics.Add(Diagnostic.Create(Messages.DataMalformed, line.Location, "expected: state|pair|pair-word|person|neuter|plural|definite  WORD | WORD …, or person-window  N"));
        }
        FrozenSet<string> Set(string kind) => words[kind].ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        return new(Set("state"), Set("pair"))
        {
            PersonPronouns = Set("person"),
            NeuterPronouns = Set("neuter"),
            PluralPronouns = Set("plural"),
            Definite = Set("definite"),
            PairWords = Set("pair-word"),
            PersonWindow = window,
        };
    }
}
