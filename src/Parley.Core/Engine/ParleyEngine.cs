using Parley.Actors;
using Parley.Dates;
using Parley.Documents;
using Parley.Events;
using Parley.Frames;
using Parley.Pipeline;
using Parley.Places;

namespace Parley.Engine;

/// <summary>
/// Parley's main job as one immutable, thread-safe object: text in, events out. The pipeline is tokenize →
/// split → the syntax stages (tag, lemmatize, parse, entities) → actors → places → quotes → references (coreference) →
/// frames → events.
/// </summary>
public sealed class ParleyEngine
{
    private ParleyEngine(EventKnowledge knowledge, DocumentPipeline fromText, DocumentPipeline fromTokens)
    {
        Knowledge = knowledge;
        FromText = fromText;
        FromTokens = fromTokens;
    }

    /// <summary>The loaded dictionaries and tables.</summary>
    public EventKnowledge Knowledge { get; }

    /// <summary>The whole pipeline, from raw text.</summary>
    public DocumentPipeline FromText { get; }

    /// <summary>The pipeline for documents that already have tokens and sentences (CoNLL-U input).</summary>
    public DocumentPipeline FromTokens { get; }

    /// <summary>Runs the whole pipeline on a document (tokenizing it unless it already has tokens).</summary>
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        (document.Annotations.HasFlag(Annotations.Tokens) ? FromTokens : FromText).Process(document);
    }

    /// <summary>
    /// Builds the engine from the tokenize-and-split pipeline (loaded from the same data folder as the knowledge),
    /// the syntax stages (tagger, lemmatizer, parser, NER) and the loaded knowledge.
    /// </summary>
    public static ParleyEngine Create(DocumentPipeline tokenization, IReadOnlyList<IPipelineStage> syntax, EventKnowledge knowledge, EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(tokenization);
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(syntax);
        ArgumentNullException.ThrowIfNull(options);
        var coding = CodingStages(knowledge, options);
        var fromText = new PipelineBuilder();
        var fromTokens = new PipelineBuilder();
        foreach (var stage in tokenization.Stages)
            fromText.Add(stage);
        foreach (var stage in syntax.Concat(coding))
        {
            fromText.Add(stage);
            fromTokens.Add(stage);
        }
        return new ParleyEngine(knowledge, fromText.Build(), fromTokens.Build(Annotations.Tokens | Annotations.Sentences));
    }

    private static List<IPipelineStage> CodingStages(EventKnowledge k, EngineOptions options) =>
    [
        new ActorMatcherStage(k.Actors),
        new PlaceFinder(k.Gazetteer),
        k.Quotes,
        new ActorReferenceStage(k.Rules.Coreference, k.Actors),
        new FrameBuilder(k.EventNouns, k.Quotes.Lemmas, k.Rules.Grammar),
        new EventCoder(k.Patterns, k.Cameo, k.Plover, new DateResolver(k.DateLexicon), k.Rules, k.Actors, new EventCoderOptions { Trace = options.Trace, Petrarch = k.Petrarch }),
    ];
}
