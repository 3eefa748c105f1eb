using Parley.Diagnostics;

namespace Parley.Ontology;

/// <summary>A non-comment line of a tab-separated data file, with its 1-based line number.</summary>
internal readonly record struct TableRow(int Number, string[] Fields);

/// <summary>Reads tab-separated data files: '#' comments and blank lines skipped, the first data line is the header.</summary>
internal static class TableRows
{
    /// <summary>Reads <paramref name="path"/>; on failure returns null and adds a diagnostic.</summary>
    public static IReadOnlyList<TableRow>? Read(string path, List<Diagnostic> diagnostics)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Create(Messages.CodingFileUnreadable, new Location(path), path, e.Message));
            return null;
        }
        return Parse(lines);
    }

    /// <summary>Splits lines into fields, dropping comments, blank lines and the header line.</summary>
    public static IReadOnlyList<TableRow> Parse(IReadOnlyList<string> lines)
    {
        var result = new List<TableRow>();
        var headerSeen = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
                continue;
            if (!headerSeen)
            {
                headerSeen = true;
                continue;
            }
            result.Add(new TableRow(i + 1, line.Split('\t')));
        }
        return result;
    }

    /// <summary>The field at <paramref name="index"/>, trimmed, or empty when the line is shorter.</summary>
    public static string Field(this TableRow line, int index) =>
        index < line.Fields.Length ? line.Fields[index].Trim() : string.Empty;
}
