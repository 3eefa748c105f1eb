namespace Parley.Engine;

/// <summary>Where Parley finds its data and models, and what users add. Every value has a documented default.</summary>
public sealed record EngineOptions
{
    /// <summary>The environment variable that overrides the data folder.</summary>
    public const string DataVariable = "PARLEY_DATA";

    /// <summary>
    /// The data folder (actors, patterns, gazetteer, …).
    /// <value>The default value is <c>$PARLEY_DATA</c> when set, else <c>data/</c> next to the Parley binaries.</value>
    /// </summary>
    public string DataRoot { get; init; } = DefaultDataRoot();

    /// <summary>
    /// User dictionaries, loaded after the built-in data and winning over it.
    /// <value>The default value is none.</value>
    /// </summary>
    public IReadOnlyList<DictionarySource> Dictionaries { get; init; } = [];

    /// <summary>
    /// Record the coder's decisions for explanation (<see cref="Events.CodingTrace"/>).
    /// <value>The default value is false.</value>
    /// </summary>
    public bool Trace { get; init; }

    /// <summary>The default data folder.</summary>
    public static string DefaultDataRoot()
    {
        var env = Environment.GetEnvironmentVariable(DataVariable);
        return string.IsNullOrEmpty(env) ? Path.Combine(AppContext.BaseDirectory, "data") : env;
    }

    /// <summary>A file or folder under the data folder.</summary>
    public string Data(string relative) => Path.Combine(DataRoot, relative);
}
