namespace Parley.Tests.Tokenization;

/// <summary>Paths of repository files (specs, data, samples) and of the shared data beside the clone.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Data => Path.Combine(Root, "data");

    public static string Specs(string area) => Path.Combine(Root, "specs", area);

    public static string Sample => Path.Combine(Root, "samples", "putin-trump-north-korea.txt");

    /// <summary>The UD English EWT file <paramref name="name"/> under <c>../shared/data</c>, or null when absent.</summary>
    public static string? Ewt(string name) => Shared(Path.Combine("ud-english-ewt", name));

    /// <summary>A file under the shared data folder beside the repository (<c>../shared/data</c>), or null when absent.</summary>
    public static string? Shared(string relative)
    {
        var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "data", relative));
        if (File.Exists(path))
            return path;
        var fallback = Path.Combine("/work/shared/data", relative);
        return File.Exists(fallback) ? fallback : null;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parley.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException("repository root (Parley.slnx) not found above " + AppContext.BaseDirectory);
    }
}
