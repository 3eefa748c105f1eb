using Parley.Diagnostics;
using Parley.Entities;
using Parley.Lemmatization;

namespace Parley.Tagging;

/// <summary>
/// The shipped tagger, lemmatizer and recognizer stages, loaded from a models folder laid out as the repository's
/// <c>models/</c>: <c>tagger/en-ewt-tagger.bin.gz</c>, <c>lemmatizer/en-*.tsv</c>, <c>ner/en-ner.bin.gz</c> and
/// <c>ner/gazetteer-*.tsv</c>.
/// </summary>
/// <param name="Tagger">The part-of-speech stage.</param>
/// <param name="Lemmatizer">The lemma stage.</param>
/// <param name="Entities">The named-entity stage.</param>
public sealed record TaggingModels(Tagger Tagger, Lemmatizer Lemmatizer, EntityRecognizer Entities)
{
    /// <summary>Loads all three from <paramref name="modelsDirectory"/> (null: next to the binary), or returns null with diagnostics.</summary>
    public static TaggingModels? Load(string? modelsDirectory, ICollection<Diagnostic> diagnostics)
    {
        var dir = ModelDirectory.Resolve(modelsDirectory);
        var tagger = TaggerModelFile.Load(Path.Combine(dir, "tagger", TaggerModelFile.DefaultName), diagnostics);
        var lemmas = LemmaTablesFile.Load(Path.Combine(dir, "lemmatizer"), diagnostics);
        var ner = NerModelFile.Load(Path.Combine(dir, "ner", NerModelFile.DefaultName), Path.Combine(dir, "ner"), diagnostics);
        if (tagger is null || lemmas is null || ner is null || diagnostics.Any(d => d.Severity == Severity.Error))
            return null;
        return new TaggingModels(new Tagger(tagger), new Lemmatizer(lemmas), new EntityRecognizer(ner));
    }
}
