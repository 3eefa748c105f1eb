using Parley.Diagnostics;
using Parley.Documents;
using Parley.Tagging;

namespace Parley.Entities;

/// <summary>
/// The recognizer's model file: the magic <c>PRLNER01</c>, a format version, then a gzip stream with the entity
/// types and the perceptron. The gazetteer it was trained with is in separate data files beside it
/// (<see cref="GazetteerFile"/>).
/// </summary>
public static class NerModelFile
{
    /// <summary>The format version this code writes and reads.</summary>
    public const int Version = 1;

    /// <summary>The default file name under <c>models/ner/</c>.</summary>
    public const string DefaultName = "en-ner.bin.gz";

    private static readonly byte[] Magic = "PRLNER01"u8.ToArray();

    /// <summary>Writes the labels and weights of <paramref name="model"/> to <paramref name="path"/>.</summary>
    public static void Save(NerModel model, string path)
    {
        ArgumentNullException.ThrowIfNull(model);
        ModelHeader.Save(path, Magic, Version, w =>
        {
            w.Write(model.Labels.Types.Count);
            foreach (var t in model.Labels.Types)
                w.Write(t.ToString());
            PerceptronCodec.Write(model.Perceptron, w);
        });
    }

    /// <summary>Reads a model and the gazetteer files of <paramref name="gazetteerDirectory"/>, or returns null and adds a diagnostic.</summary>
    public static NerModel? Load(string path, string gazetteerDirectory, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!File.Exists(path))
        {
            diagnostics.Add(Diagnostic.Create(Messages.ModelNotFound, new Location(path), path));
            return null;
        }
        var gazetteer = GazetteerFile.LoadDirectory(gazetteerDirectory, diagnostics);
        return gazetteer is null ? null : ModelHeader.TryLoad(path, Magic, Version, r =>
        {
            var types = Enumerable.Range(0, r.ReadInt32()).Select(_ => Enum.Parse<EntityType>(r.ReadString())).ToList();
            return new NerModel(new NerLabels(types), gazetteer, PerceptronCodec.Read(r));
        }, diagnostics);
    }
}
