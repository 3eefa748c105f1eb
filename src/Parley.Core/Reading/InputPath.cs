using Parley.Diagnostics;

namespace Parley.Reading;

/// <summary>One input to read: a file, or standard input when <see cref="Path"/> is null.</summary>
/// <param name="Name">The name used in document ids and messages (the path as given, with '/' separators).</param>
/// <param name="Path">The file to open, or null for standard input.</param>
internal sealed record InputPath(string Name, string? Path)
{
    /// <summary>The name standard input goes by.</summary>
    public const string StdinName = "stdin";

    /// <summary>
    /// Expands the command-line arguments into inputs: <c>-</c> is standard input, a folder is every file under
    /// it (hidden ones excepted) in ordinal path order, and no argument at all means standard input.
    /// </summary>
    public static IEnumerable<(InputPath? Input, Diagnostic? Error)> Expand(IReadOnlyList<string> arguments)
    {
        if (arguments.Count == 0)
        {
            yield return (new InputPath(StdinName, null), null);
            yield break;
        }
        foreach (var argument in arguments)
        {
            if (argument == "-")
                yield return (new InputPath(StdinName, null), null);
            else if (Directory.Exists(argument))
                foreach (var item in ExpandDirectory(argument))
                    yield return item;
            else if (File.Exists(argument))
                yield return (new InputPath(Normalize(argument), argument), null);
            else
                yield return (null, Diagnostic.Create(Messages.InputNotFound, new Location(Normalize(argument))));
        }
    }

    private static IEnumerable<(InputPath?, Diagnostic?)> ExpandDirectory(string directory)
    {
        string[] files;
        try
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true };
            files = Directory.GetFiles(directory, "*", options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [(null, Diagnostic.Create(Messages.InputUnreadable, new Location(Normalize(directory)), e.Message))];
        }
        if (files.Length == 0)
            return [(null, Diagnostic.Create(Messages.DirectoryEmpty, new Location(Normalize(directory))))];
        return files
            .Select(f => new InputPath(Normalize(f), f))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => ((InputPath?)p, (Diagnostic?)null));
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
