using Parley.Data;
using System.Collections.Immutable;
using System.Globalization;
using Parley.Diagnostics;

namespace Parley.Ontology;

/// <summary>Parses the PLOVER event-type and context tables.</summary>
internal static class PloverReader
{
    public static List<PloverEventType> ReadEvents(IReadOnlyList<DataLine> lines, string path, List<Diagnostic> diagnostics)
    {
        var result = new List<PloverEventType>();
        foreach (var line in lines)
        {
            var where = new Location(path, line.Number);
            var name = line.Field(0);
            if (line.Fields.Count != 5 || name.Length == 0 || !name.All(char.IsAsciiLetterUpper)
                || !int.TryParse(line.Field(1), NumberStyles.None, CultureInfo.InvariantCulture, out var quad) || quad is < 1 or > 4
                || line.Field(2) is not ("yes" or "no"))
            {
                diagnostics.Add(Diagnostic.Create(Messages.PloverLineMalformed, where, "expected: EVENT, quad 1-4, recipient yes|no, modes, description"));
                continue;
            }
            if (result.Any(e => e.Name == name))
            {
                diagnostics.Add(Diagnostic.Create(Messages.PloverDeclarationInvalid, where, $"event type '{name}' declared twice"));
                continue;
            }
            var modes = line.Field(3) == "-" ? [] : line.Field(3).Split(',').Select(m => m.Trim()).ToImmutableArray();
            result.Add(new PloverEventType(name, quad, line.Field(2) == "yes", modes, line.Field(4)));
        }
        return result;
    }

    public static List<PloverContext> ReadContexts(IReadOnlyList<DataLine> lines, string path, List<Diagnostic> diagnostics)
    {
        var result = new List<PloverContext>();
        foreach (var line in lines)
        {
            var name = line.Field(0);
            if (line.Fields.Count != 3 || name.Length == 0 || result.Any(c => c.Name == name))
            {
                diagnostics.Add(Diagnostic.Create(Messages.PloverLineMalformed, new Location(path, line.Number), "expected: context (unique), source, description"));
                continue;
            }
            result.Add(new PloverContext(name, line.Field(1), line.Field(2)));
        }
        return result;
    }
}
