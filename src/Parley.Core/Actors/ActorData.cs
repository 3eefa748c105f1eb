namespace Parley.Actors;

/// <summary>Where the built-in actor data lives, and loading it with user data on top.</summary>
public static class ActorData
{
    /// <summary>The environment variable that overrides the built-in data folder (the folder holding <c>actors/</c>).</summary>
    public const string DataFolderVariable = "PARLEY_DATA";

    /// <summary>
    /// The built-in actor folder: <c>actors/</c> under <paramref name="dataRoot"/> when given, else under the
    /// folder named by <see cref="DataFolderVariable"/>, else under the <c>data/</c> folder next to the binaries
    /// (the repository's <c>data/</c> is copied there at build).
    /// </summary>
    public static string BuiltInFolder(string? dataRoot = null)
    {
        var root = dataRoot ?? Environment.GetEnvironmentVariable(DataFolderVariable);
        if (string.IsNullOrEmpty(root))
            root = Path.Combine(AppContext.BaseDirectory, "data");
        return Path.Combine(root, "actors");
    }

    /// <summary>Loads the built-in data, then each of <paramref name="userPaths"/> (files or folders) as a layer that wins.</summary>
    public static ActorDictionaryResult Load(IEnumerable<string>? userPaths = null, string? dataRoot = null)
    {
        var builder = new ActorDictionaryBuilder().AddPath(BuiltInFolder(dataRoot));
        foreach (var path in userPaths ?? [])
            builder.AddPath(path);
        return builder.Build();
    }
}
