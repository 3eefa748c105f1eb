using Parley.Diagnostics;
using Parley.Reading.Conllu;
using Parley.Tagging;
using Parley.Training;

namespace Parley.Evaluation;

/// <summary>The held-out scores of the tagger, lemmatizer and recognizer, as reported in the model cards.</summary>
/// <param name="Tagging">Per treebank file name: tags and lemmas with gold words.</param>
/// <param name="Entities">Per UNER file name: exact-span entity scores.</param>
public sealed record TaggingReport(IReadOnlyDictionary<string, TaggingScores> Tagging, IReadOnlyDictionary<string, NerScores> Entities)
{
    /// <summary>The treebank files scored, relative to the shared data folder.</summary>
    public static IReadOnlyList<string> TreebankFiles { get; } =
        ["ud-english-ewt/en_ewt-ud-test.conllu.gz", "ud-english-pud/en_pud-ud-test.conllu.gz"];

    /// <summary>The NER files scored (never trained on), relative to the shared data folder.</summary>
    public static IReadOnlyList<string> NerFiles { get; } =
        ["uner-english/en_pud-ud-test.iob2", "uner-english/en_ewt-ud-test.iob2"];

    /// <summary>
    /// Scores <paramref name="models"/> on the held-out files under <paramref name="sharedData"/>, mapping NER labels
    /// with <paramref name="typeMapPath"/> (<c>data/ner/type-map.tsv</c>). Reading problems go to <paramref name="diagnostics"/>.
    /// </summary>
    public static TaggingReport Run(TaggingModels models, string sharedData, string typeMapPath, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(models);
        var tagging = TreebankFiles.ToDictionary(f => Path.GetFileName(f), f =>
            TaggingEvaluation.Score(ConlluReader.ReadFile(Path.Combine(sharedData, f), diagnostics), [models.Tagger, models.Lemmatizer]));
        var map = NerTypeMap.Load(typeMapPath, diagnostics);
        var entities = NerFiles.ToDictionary(f => Path.GetFileName(f), f =>
            NerEvaluation.Score(NerCorpus.Read(Path.Combine(sharedData, f), map, diagnostics), [models.Tagger, models.Entities]));
        return new TaggingReport(tagging, entities);
    }
}
