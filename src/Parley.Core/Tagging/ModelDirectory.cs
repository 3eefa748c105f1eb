namespace Parley.Tagging;

/// <summary>
/// Where trained models are found at run time: the <c>models/</c> folder next to the running binary (the CLI
/// and test projects copy the repository's <c>models/**</c> there), unless the caller overrides it.
/// </summary>
public static class ModelDirectory
{
    /// <summary>The <c>models/</c> folder next to the binary.</summary>
    public static string Default => Path.Combine(AppContext.BaseDirectory, "models");

    /// <summary>The override when given, else <see cref="Default"/>.</summary>
    public static string Resolve(string? overrideDirectory) =>
        string.IsNullOrEmpty(overrideDirectory) ? Default : Path.GetFullPath(overrideDirectory);
}
