using System.Collections.Immutable;
using System.Globalization;
using Parley.Diagnostics;
using Parley.Ontology;

namespace Parley.Patterns.Specs;

/// <summary>
/// Reads the machine-readable blocks of coding spec files (format: specs/coding/README.md): fenced
/// <c>```coding</c> blocks of cases separated by blank lines, each with <c>text:</c>, optional <c>date:</c>
/// and one or more <c>expect: SOURCE -> TARGET CODE</c> lines (or <c>expect: none</c>).
/// </summary>
public static class CodingSpecReader
{
    /// <summary>Reads every <c>*.md</c> file of <paramref name="directory"/> except README.md, in name order.</summary>
    public static LoadResult<IReadOnlyList<CodingSpec>> ReadFolder(string directory, CameoCatalog cameo)
    {
        var specs = new List<CodingSpec>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var files = Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*.md").Where(f => Path.GetFileName(f) != "README.md").Order(StringComparer.Ordinal)
            : Enumerable.Empty<string>();
        foreach (var file in files)
        {
            var result = Read(file, cameo);
            diagnostics.AddRange(result.Diagnostics);
            if (result.Value is not null)
                specs.Add(result.Value);
        }
        if (specs.Count == 0)
            diagnostics.Add(Diagnostic.Create(Messages.CodingFileUnreadable, new Location(directory), directory, "no spec files"));
        return new(specs.AsReadOnly(), diagnostics.ToImmutable());
    }

    /// <summary>Reads one spec file; problems are diagnostics with file and line.</summary>
    public static LoadResult<CodingSpec> Read(string path, CameoCatalog cameo)
    {
        ArgumentNullException.ThrowIfNull(cameo);
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(null, [Diagnostic.Create(Messages.CodingFileUnreadable, new Location(path), path, e.Message)]);
        }
        var diagnostics = new List<Diagnostic>();
        var cases = new SpecBlockParser(path, cameo, diagnostics).Parse(lines);
        return new(new CodingSpec(path, [.. cases]), [.. diagnostics]);
    }
}
