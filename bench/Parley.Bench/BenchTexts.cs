namespace Parley.Bench;

/// <summary>Deterministic benchmark inputs built from files in the repository.</summary>
public static class BenchTexts
{
    /// <summary>The repository root (the folder holding Parley.slnx).</summary>
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>The shipped sample article repeated to about 1 MB, paragraphs separated by blank lines.</summary>
    public static string NewsMegabyte { get; } = Repeat(File.ReadAllText(Path.Combine(RepoRoot, "samples", "putin-trump-north-korea.txt")), 1_000_000);

    private static string Repeat(string text, int minLength)
    {
        var sb = new System.Text.StringBuilder(minLength + text.Length);
        while (sb.Length < minLength)
            sb.Append(text).Append("\n\n");
        return sb.ToString();
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parley.slnx")))
                return dir.FullName;
        }
        var cwd = Directory.GetCurrentDirectory();
        return File.Exists(Path.Combine(cwd, "Parley.slnx")) ? cwd
            : throw new InvalidOperationException("repository root (Parley.slnx) not found");
    }
}
