using System.IO.Compression;

namespace Parley.Tests;

/// <summary>Paths of the repository and of the shared data folder beside it.</summary>
internal static class TestPaths
{
    /// <summary>The repository root (the folder holding Parley.slnx).</summary>
    public static string Repo { get; } = FindRepo();

    /// <summary>The shared data folder (<c>../shared/data</c> from the repository root).</summary>
    public static string SharedData => Path.GetFullPath(Path.Combine(Repo, "..", "shared", "data"));

    /// <summary>A file under the shared data folder.</summary>
    public static string Shared(string relative) => Path.Combine(SharedData, relative);

    /// <summary>The first <paramref name="count"/> sentences of a gzipped CoNLL-U file under the shared data folder.</summary>
    public static string FirstSentences(string relative, int count)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(Shared(relative)), CompressionMode.Decompress));
        var sb = new System.Text.StringBuilder();
        for (var n = 0; n < count && reader.ReadLine() is { } line;)
        {
            sb.Append(line).Append('\n');
            n += line.Length == 0 ? 1 : 0;
        }
        return sb.ToString();
    }

    private static string FindRepo()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Parley.slnx")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Parley.slnx not found above " + AppContext.BaseDirectory);
    }
}
