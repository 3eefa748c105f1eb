using System.Collections.Immutable;
using Parley.Diagnostics;
using Parley.Ontology;

namespace Parley.Patterns;

/// <summary>Reads pattern files, resolves synsets, validates codes and ids, and builds a <see cref="PatternDictionary"/>.</summary>
internal static class PatternLoader
{
    public static LoadResult<PatternDictionary> Load(IEnumerable<string> paths, CameoCatalog cameo)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(cameo);
        var diagnostics = new List<Diagnostic>();
        var synsetLines = new List<SynsetLine>();
        var raw = new List<RawPattern>();
        foreach (var file in Files(paths, diagnostics))
        {
            string[] lines;
            try
            {
                lines = File.ReadAllLines(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Diagnostic.Create(Messages.CodingFileUnreadable, new Location(file), file, e.Message));
                continue;
            }
            var parser = new PatternFileParser(file, diagnostics);
            parser.Parse(lines);
            synsetLines.AddRange(parser.Synsets);
            raw.AddRange(parser.Patterns);
        }
        var synsets = SynsetTable.Build(synsetLines, diagnostics);
        var patterns = Build(raw, synsets, cameo, diagnostics);
        return new(new PatternDictionary(patterns, synsets), [.. diagnostics]);
    }

    private static IEnumerable<string> Files(IEnumerable<string> paths, List<Diagnostic> diagnostics)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                yield return path;
                continue;
            }
            if (!Directory.Exists(path))
            {
                diagnostics.Add(Diagnostic.Create(Messages.CodingFileUnreadable, new Location(path), path, "no such file or directory"));
                continue;
            }
            var files = Directory.GetFiles(path, "*.txt").Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0)
                diagnostics.Add(Diagnostic.Create(Messages.PatternFolderEmpty, new Location(path), path));
            foreach (var file in files)
                yield return file;
        }
    }

    private static List<Pattern> Build(List<RawPattern> raw, SynsetTable synsets, CameoCatalog cameo, List<Diagnostic> diagnostics)
    {
        var patterns = new List<Pattern>();
        var explicitIds = new Dictionary<string, Location>(StringComparer.Ordinal);
        foreach (var r in raw)
        {
            if (!Validate(r, synsets, cameo, explicitIds, diagnostics))
                continue;
            var file = Path.GetFileName(r.Where.File!);
            foreach (var key in r.Keys)
            {
                var baseId = r.ExplicitId ?? $"{file}:{r.Where.Line}";
                var id = r.Keys.Length > 1 ? $"{baseId}/{key}" : baseId;
                patterns.Add(new Pattern(id, key, r.IsNoun, r.Cameo, r.Constraints, r.Negated, r.Where.File!, r.Where.Line!.Value) { Order = patterns.Count });
            }
        }
        return patterns;
    }

    private static bool Validate(RawPattern r, SynsetTable synsets, CameoCatalog cameo, Dictionary<string, Location> ids, List<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count;
        if (r.Cameo != Pattern.NullCode && !cameo.Contains(r.Cameo))
            Add(diagnostics, Messages.PatternCameoUnknown, r.Where, r.Cameo);
        var names = r.Constraints.SelectMany(c => c.Heads.Concat(c.Modifiers)).Where(v => v.StartsWith('&')).Distinct(StringComparer.Ordinal);
        foreach (var name in names.Where(n => !synsets.Contains(n)))
            Add(diagnostics, Messages.PatternSynsetUnknown, r.Where, name);
        if (r.ExplicitId is { } id)
        {
            if (ids.TryGetValue(id, out var first))
                Add(diagnostics, Messages.PatternIdDuplicate, r.Where, id, $"{first.File}:{first.Line}");
            else
                ids[id] = r.Where;
        }
        return diagnostics.Count == errors;
    }

    private static void Add(List<Diagnostic> diagnostics, MessageTemplate template, Location where, params object?[] args) =>
        diagnostics.Add(Diagnostic.Create(template, where, args));
}
