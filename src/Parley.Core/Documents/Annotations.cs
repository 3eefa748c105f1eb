namespace Parley.Documents;

/// <summary>The layers a document can carry. Stages declare which they require and which they assign.</summary>
[Flags]
public enum Annotations
{
    /// <summary>Nothing but the text.</summary>
    None = 0,
    /// <summary>Token offsets and whitespace.</summary>
    Tokens = 1 << 0,
    /// <summary>Sentence boundaries.</summary>
    Sentences = 1 << 1,
    /// <summary>UPOS and XPOS tags.</summary>
    Tags = 1 << 2,
    /// <summary>Morphological features.</summary>
    Features = 1 << 3,
    /// <summary>Lemmas.</summary>
    Lemmas = 1 << 4,
    /// <summary>Dependency heads and relations.</summary>
    Dependencies = 1 << 5,
    /// <summary>Named-entity tags.</summary>
    Entities = 1 << 6,
    /// <summary>Coded actor mentions.</summary>
    Actors = 1 << 7,
    /// <summary>Predicate-argument frames.</summary>
    Frames = 1 << 8,
    /// <summary>Coded events.</summary>
    Events = 1 << 9,
    /// <summary>Time expressions resolved to dates.</summary>
    Dates = 1 << 10,
    /// <summary>Place names resolved with the gazetteer.</summary>
    Places = 1 << 11,
    /// <summary>Direct quotations and their speakers.</summary>
    Quotes = 1 << 12,
}
