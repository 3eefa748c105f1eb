using Parley.Diagnostics;

namespace Parley.Parsing;

public sealed partial class DependencyParser
{
    /// <summary>The model file name the CLI looks for under <c>models/parser/</c>.</summary>
    public const string DefaultFileName = "parser-en-ud.bin.gz";

    /// <summary>Writes the model (gzip, versioned binary) to <paramref name="stream"/>.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ParserModelFile.Save(Model, stream);
    }

    /// <summary>Loads a model file; a missing or unreadable file is reported in <paramref name="diagnostic"/>.</summary>
    public static DependencyParser? Load(string path, out Diagnostic? diagnostic)
    {
        ArgumentNullException.ThrowIfNull(path);
        diagnostic = null;
        if (!File.Exists(path))
        {
            diagnostic = Diagnostic.Create(Messages.ParserModelMissing, new Location(path), path);
            return null;
        }
        try
        {
            using var stream = File.OpenRead(path);
            return new DependencyParser(ParserModelFile.Load(stream));
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException or ArgumentException)
        {
            diagnostic = Diagnostic.Create(Messages.ParserModelUnreadable, new Location(path), path, e.Message);
            return null;
        }
    }
}
