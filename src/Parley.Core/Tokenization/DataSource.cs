using Parley.Diagnostics;

namespace Parley.Tokenization;

/// <summary>
/// Where tokenizer and splitter data files come from: a data directory on disk (<c>data/</c>), or the copies
/// of the same files embedded in Parley.Core at build time (used by the <c>Default</c> instances).
/// </summary>
internal abstract class DataSource
{
    /// <summary>The text of <paramref name="relativePath"/> (e.g. <c>segmentation/abbreviations.txt</c>), or null with a diagnostic.</summary>
    public abstract string? Read(string relativePath, List<Diagnostic> diagnostics);

    /// <summary>The name to use for <paramref name="relativePath"/> in diagnostics.</summary>
    public abstract string DisplayName(string relativePath);

    /// <summary>Files under a data directory.</summary>
    public static DataSource Directory(string dataDir) => new DirectorySource(dataDir);

    /// <summary>The files embedded in Parley.Core.</summary>
    public static DataSource Embedded { get; } = new EmbeddedSource();

    private sealed class DirectorySource(string root) : DataSource
    {
        public override string DisplayName(string relativePath) => Path.Combine(root, relativePath);

        public override string? Read(string relativePath, List<Diagnostic> diagnostics)
        {
            var path = DisplayName(relativePath);
            if (File.Exists(path))
                return File.ReadAllText(path);
            diagnostics.Add(Diagnostic.Create(Messages.TokenizationDataMissing, new Location(path), path));
            return null;
        }
    }

    private sealed class EmbeddedSource : DataSource
    {
        public override string DisplayName(string relativePath) => "embedded:data/" + relativePath;

        public override string? Read(string relativePath, List<Diagnostic> diagnostics)
        {
            var name = "Parley.Data." + relativePath.Replace('/', '.');
            using var stream = typeof(EmbeddedSource).Assembly.GetManifestResourceStream(name);
            if (stream is null)
            {
                diagnostics.Add(Diagnostic.Create(Messages.TokenizationDataMissing, new Location(DisplayName(relativePath)), name));
                return null;
            }
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }
}
