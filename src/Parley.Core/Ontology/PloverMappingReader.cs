using Parley.Data;
using System.Collections.Immutable;
using Parley.Diagnostics;

namespace Parley.Ontology;

/// <summary>Parses and validates the CAMEO→PLOVER table (cameo, event, mode, contexts, roles, origin, note).</summary>
internal sealed class PloverMappingReader(
    List<PloverEventType> events, List<PloverContext> contexts, CameoCatalog cameo, string path, List<Diagnostic> diagnostics)
{
    public List<PloverMapping> Read(IReadOnlyList<DataLine> lines)
    {
        var result = new List<PloverMapping>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var mapping = ReadLine(line, firstLine);
            if (mapping is null)
                continue;
            firstLine[mapping.Cameo] = line.Number;
            result.Add(mapping);
        }
        foreach (var code in cameo.Codes.Where(c => !firstLine.ContainsKey(c.Code)))
            diagnostics.Add(Diagnostic.Create(Messages.PloverCameoMissing, new Location(path), code.Code));
        return result;
    }

    private PloverMapping? ReadLine(DataLine line, Dictionary<string, int> firstLine)
    {
        var where = new Location(path, line.Number);
        var code = line.Field(0);
        if (line.Fields.Count != 7 || line.Field(1).Length == 0 || line.Field(4) is not ("" or "swap"))
            return Fail(where, Messages.PloverLineMalformed, "expected 7 tab-separated fields: cameo, event, mode, contexts, roles (empty|swap), origin, note");
        if (!cameo.Contains(code))
            return Fail(where, Messages.PloverCameoUnknown, code);
        if (firstLine.TryGetValue(code, out var first))
            return Fail(where, Messages.PloverDuplicate, code, first);
        if (line.Field(1) == "-")
        {
            if (line.Field(6).Length == 0)
                return Fail(where, Messages.PloverUnmappedNoReason, code);
            return new PloverMapping(code, null, null, [], false, line.Field(5), line.Field(6));
        }
        return ReadMapped(line, code, where);
    }

    private PloverMapping? ReadMapped(DataLine line, string code, Location where)
    {
        var type = events.Find(e => e.Name == line.Field(1));
        if (type is null)
            return Fail(where, Messages.PloverEventUnknown, line.Field(1));
        var mode = line.Field(2);
        if (mode.Length > 0 && !type.Modes.Contains(mode))
            return Fail(where, Messages.PloverModeUnknown, mode, type.Name);
        var names = line.Field(3).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToImmutableArray();
        foreach (var name in names.Where(n => !contexts.Exists(c => c.Name == n)))
            return Fail(where, Messages.PloverContextUnknown, name);
        return new PloverMapping(code, type.Name, mode.Length == 0 ? null : mode, names, line.Field(4) == "swap", line.Field(5), line.Field(6));
    }

    private PloverMapping? Fail(Location where, MessageTemplate template, params object?[] args)
    {
        diagnostics.Add(Diagnostic.Create(template, where, args));
        return null;
    }
}
