using Parley.Diagnostics;

namespace Parley.Actors;

/// <summary>The dictionary built from actor data files and every diagnostic found while loading them.</summary>
/// <param name="Dictionary">The dictionary; entries with errors are left out, the rest is usable.</param>
/// <param name="Diagnostics">Problems with <c>file:line</c> locations, in load order.</param>
public sealed record ActorDictionaryResult(ActorDictionary Dictionary, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when some diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// Collects actor data in layers, then builds an immutable <see cref="ActorDictionary"/>. Each
/// <see cref="AddPath"/> or <see cref="AddText"/> call is a layer; a later layer wins over earlier ones
/// (user data given after the built-ins replaces their aliases, people and countries).
/// </summary>
public sealed partial class ActorDictionaryBuilder
{
    private readonly List<LayerData> _layers = [];

    /// <summary>
    /// Adds a file or a folder as a new layer. In a folder every <c>*.txt</c> file is read, in ordinal order of
    /// its relative path; the file name tells what it holds (see <c>data/actors/README.md</c>).
    /// </summary>
    public ActorDictionaryBuilder AddPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var layer = new LayerData();
        _layers.Add(layer);
        if (Directory.Exists(path))
        {
            var root = Path.GetFullPath(path);
            var name = Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar));
            foreach (var file in Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var label = name + "/" + Path.GetRelativePath(root, file).Replace('\\', '/');
                ReadFile(layer, file, label);
            }
        }
        else if (File.Exists(path))
            ReadFile(layer, path, Path.GetFileName(path));
        else
            layer.Report(Messages.ActorPathNotFound, new Location(path), path);
        return this;
    }

    /// <summary>
    /// Adds the text of one file as a new layer; <paramref name="label"/> is its name for diagnostics and
    /// sources and tells what it holds ("countries.txt", "people/europe.txt").
    /// </summary>
    public ActorDictionaryBuilder AddText(string label, string text)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(text);
        var layer = new LayerData();
        _layers.Add(layer);
        Parse(layer, text, new DataFile(label, label));
        return this;
    }

    /// <summary>Merges the layers and freezes the result.</summary>
    public ActorDictionaryResult Build() => LayerMerger.Merge(_layers);

    private static void ReadFile(LayerData layer, string path, string label)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            layer.Report(Messages.ActorFileUnreadable, new Location(path), e.Message);
            return;
        }
        Parse(layer, text, new DataFile(path, label));
    }

    private static void Parse(LayerData layer, string text, DataFile file)
    {
        var label = file.Label.Replace('\\', '/');
        var name = label[(label.LastIndexOf('/') + 1)..].ToLowerInvariant();
        var inPeople = label.StartsWith("people/", StringComparison.OrdinalIgnoreCase) ||
                       label.Contains("/people/", StringComparison.OrdinalIgnoreCase);
        Action<string, DataFile, LayerData>? parse =
            inPeople || name.StartsWith("people", StringComparison.Ordinal) ? PeopleFileParser.Parse
            : name.StartsWith("countries", StringComparison.Ordinal) ? CountryFileParser.Parse
            : name.StartsWith("agents", StringComparison.Ordinal) ? SimpleFileParsers.ParseAgents
            : name.StartsWith("organizations", StringComparison.Ordinal) || name.StartsWith("organisations", StringComparison.Ordinal) ? OrganizationFileParser.Parse
            : name.StartsWith("sectors", StringComparison.Ordinal) ? SimpleFileParsers.ParseSectors
            : null;
        if (parse is null)
            layer.Report(Messages.ActorFileKindUnknown, new Location(file.Path), label);
        else
            parse(text, file, layer);
    }
}
