using System.Collections.Frozen;
using Parley.Data;
using Parley.Diagnostics;

namespace Parley.Events;

/// <summary>The nouns coreference treats as references to states (data/coding/coreference.txt).</summary>
/// <param name="StateNouns">Heads of definite descriptions of a state ("the regime").</param>
/// <param name="PairNouns">Heads of "both countries", "the two sides".</param>
public sealed record CoreferenceWords(FrozenSet<string> StateNouns, FrozenSet<string> PairNouns)
{
    /// <summary>Loads <c>state</c> and <c>pair</c> lines; bad lines are reported with file:line.</summary>
    public static CoreferenceWords Load(string path, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var words = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal) { ["state"] = [], ["pair"] = [] };
        foreach (var line in DataLine.ReadFile(path))
        {
            if (line.Fields.Count == 2 && words.TryGetValue(line.Fields[0], out var set))
                set.UnionWith(line.Fields[1].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            else
                diagnostics.Add(Diagnostic.Create(Messages.DataMalformed, line.Location, "expected: state|pair  WORD | WORD …"));
        }
        return new(words["state"].ToFrozenSet(StringComparer.OrdinalIgnoreCase), words["pair"].ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }
}
