using Parley.Data;
using Parley.Diagnostics;

namespace Parley.Ontology;

/// <summary>
/// Reads the ontology tables: tab-separated (<see cref="DataLine.ReadTsv(TextReader, string)"/>), the first row
/// a header.
/// </summary>
internal static class TableRows
{
    /// <summary>Reads <paramref name="path"/>; on failure returns null and adds a diagnostic.</summary>
    public static IReadOnlyList<DataLine>? Read(string path, List<Diagnostic> diagnostics)
    {
        try
        {
            return [.. DataLine.ReadTsv(path).Skip(1)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Create(Messages.CodingFileUnreadable, new Location(path), path, e.Message));
            return null;
        }
    }
}
