using System.Text;
using Parley.Diagnostics;

namespace Parley.Petrarch;

/// <summary>One line of a PETRARCH file with its comments removed: 1-based number and text (leading whitespace kept).</summary>
internal readonly record struct PetrarchLine(int Number, string Text)
{
    /// <summary>True when the line starts with a tab or space (actor date restrictions).</summary>
    public bool Indented => Text.Length > 0 && char.IsWhiteSpace(Text[0]);
}

/// <summary>
/// Reads PETRARCH dictionary text: <c>#</c> comments to end of line and XML-style <c>&lt;!-- … --&gt;</c> comments
/// (also over several lines, and TABARI's <c>&lt;! -- … --&gt;</c>) are removed; blank lines are skipped.
/// </summary>
internal static class PetrarchLines
{
    public static List<PetrarchLine> Split(string text)
    {
        var lines = new List<PetrarchLine>();
        var inComment = false;
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var content = StripXmlComments(raw.TrimEnd('\r'), ref inComment);
            var hash = content.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
                content = content[..hash];
            content = content.TrimEnd();
            if (content.Trim().Length > 0)
                lines.Add(new PetrarchLine(number, content));
        }
        return lines;
    }

    /// <summary>Reads a file (gzip-compressed when its name ends in .gz), or reports PRL600 and returns null.</summary>
    public static List<PetrarchLine>? Read(string path, List<Diagnostic> diagnostics)
    {
        try
        {
            if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
                return Split(File.ReadAllText(path, Encoding.UTF8));
            using var gz = new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress);
            using var reader = new StreamReader(gz, Encoding.UTF8);
            return Split(reader.ReadToEnd());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            diagnostics.Add(Diagnostic.Create(Messages.PetrarchFileUnreadable, new Location(path), path, e.Message));
            return null;
        }
    }

    private static string StripXmlComments(string line, ref bool inComment)
    {
        var sb = new StringBuilder();
        var i = 0;
        while (i < line.Length)
        {
            if (inComment)
            {
                var end = line.IndexOf("-->", i, StringComparison.Ordinal);
                if (end < 0)
                    return sb.ToString();
                inComment = false;
                i = end + 3;
                continue;
            }
            var start = line.IndexOf("<!", i, StringComparison.Ordinal);
            var hash = line.IndexOf('#', i);
            if (hash >= 0 && (start < 0 || hash < start))
                start = -1; // a '#' comment runs to the end of the line, whatever it contains
            if (start < 0)
            {
                sb.Append(line, i, line.Length - i);
                break;
            }
            sb.Append(line, i, start - i);
            inComment = true;
            i = start + 2;
        }
        return sb.ToString();
    }
}
