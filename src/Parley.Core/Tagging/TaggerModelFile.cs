using Parley.Diagnostics;

namespace Parley.Tagging;

/// <summary>
/// The tagger's model file: the 8-byte magic <c>PRLTAGGR</c>, a format version, then a gzip stream holding the
/// tag set, the tag dictionary, the features lexicon and the perceptron (<see cref="PerceptronCodec"/>); a stacked
/// model (version 4) then has a flag and the second-pass perceptron. A single-pass model is written as version 3,
/// so that its file stays as before. Other versions are refused with PRL301 (version 3 added the suffix-5, prefix-4
/// and flags-with-previous-tag features).
/// </summary>
public static class TaggerModelFile
{
    /// <summary>The format version of a stacked model (two passes); this code reads it and <see cref="SinglePassVersion"/>.</summary>
    public const int Version = 4;

    /// <summary>The format version of a single-pass model.</summary>
    public const int SinglePassVersion = 3;

    /// <summary>The default file name under <c>models/tagger/</c>.</summary>
    public const string DefaultName = "en-ewt-tagger.bin.gz";

    private static readonly byte[] Magic = "PRLTAGGR"u8.ToArray();

    /// <summary>Writes <paramref name="model"/> to <paramref name="path"/>.</summary>
    public static void Save(TaggerModel model, string path)
    {
        ArgumentNullException.ThrowIfNull(model);
        ModelHeader.Save(path, Magic, model.Stacked is null ? SinglePassVersion : Version, w =>
        {
            w.Write(model.Tags.Count);
            foreach (var name in model.Tags.Names)
                w.Write(name);
            model.Dictionary.Write(w);
            model.Feats.Write(w);
            PerceptronCodec.Write(model.Perceptron, w);
            if (model.Stacked is not null)
            {
                w.Write(true);
                PerceptronCodec.Write(model.Stacked, w);
            }
        });
    }

    /// <summary>Reads a model, or returns null and adds a PRL301/PRL302 diagnostic.</summary>
    public static TaggerModel? Load(string path, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        return ModelHeader.TryLoad(path, Magic, (SinglePassVersion, Version), (r, version) =>
        {
            var tags = new TagSet([.. Enumerable.Range(0, r.ReadInt32()).Select(_ => r.ReadString())]);
            var dict = TagDictionary.Read(r, tags.Count);
            var feats = FeatsLexicon.Read(r, tags.Count);
            var first = PerceptronCodec.Read(r);
            return new TaggerModel(tags, dict, feats, first, version == Version && r.ReadBoolean() ? PerceptronCodec.Read(r) : null);
        }, diagnostics);
    }
}
