using System.IO.Compression;
using System.Text;
using Parley.Diagnostics;

namespace Parley.Tagging;

/// <summary>
/// The tagger's model file: the 8-byte magic <c>PRLTAGGR</c>, a format version, then a gzip stream holding the
/// tag set, the tag dictionary, the features lexicon and the perceptron (<see cref="PerceptronCodec"/>). Other
/// versions are refused with PRL301 (version 3 added the suffix-5, prefix-4 and flags-with-previous-tag features).
/// </summary>
public static class TaggerModelFile
{
    /// <summary>The format version this code writes and reads.</summary>
    public const int Version = 3;

    /// <summary>The default file name under <c>models/tagger/</c>.</summary>
    public const string DefaultName = "en-ewt-tagger.bin.gz";

    private static readonly byte[] Magic = "PRLTAGGR"u8.ToArray();

    /// <summary>Writes <paramref name="model"/> to <paramref name="path"/>.</summary>
    public static void Save(TaggerModel model, string path)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var file = File.Create(path);
        ModelHeader.Write(file, Magic, Version);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var w = new BinaryWriter(gzip, Encoding.UTF8);
        w.Write(model.Tags.Count);
        foreach (var name in model.Tags.Names)
            w.Write(name);
        model.Dictionary.Write(w);
        model.Feats.Write(w);
        PerceptronCodec.Write(model.Perceptron, w);
    }

    /// <summary>Reads a model, or returns null and adds a PRL301/PRL302 diagnostic.</summary>
    public static TaggerModel? Load(string path, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!File.Exists(path))
        {
            diagnostics.Add(Diagnostic.Create(Messages.ModelNotFound, new Location(path), path));
            return null;
        }
        try
        {
            using var file = File.OpenRead(path);
            ModelHeader.Check(file, Magic, Version);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var buffered = new BufferedStream(gzip, 1 << 16);
            using var r = new BinaryReader(buffered, Encoding.UTF8);
            var tags = new TagSet([.. Enumerable.Range(0, r.ReadInt32()).Select(_ => r.ReadString())]);
            var dict = TagDictionary.Read(r, tags.Count);
            var feats = FeatsLexicon.Read(r, tags.Count);
            return new TaggerModel(tags, dict, feats, PerceptronCodec.Read(r));
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException or ArgumentException)
        {
            diagnostics.Add(Diagnostic.Create(Messages.ModelInvalid, new Location(path), e.Message));
            return null;
        }
    }
}
