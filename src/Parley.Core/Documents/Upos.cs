namespace Parley.Documents;

/// <summary>The seventeen Universal Dependencies parts of speech, plus <see cref="None"/> for "not tagged".</summary>
public enum Upos : byte
{
    /// <summary>Not tagged yet.</summary>
    None = 0,
    /// <summary>Adjective.</summary>
    ADJ,
    /// <summary>Adposition.</summary>
    ADP,
    /// <summary>Adverb.</summary>
    ADV,
    /// <summary>Auxiliary.</summary>
    AUX,
    /// <summary>Coordinating conjunction.</summary>
    CCONJ,
    /// <summary>Determiner.</summary>
    DET,
    /// <summary>Interjection.</summary>
    INTJ,
    /// <summary>Noun.</summary>
    NOUN,
    /// <summary>Numeral.</summary>
    NUM,
    /// <summary>Particle.</summary>
    PART,
    /// <summary>Pronoun.</summary>
    PRON,
    /// <summary>Proper noun.</summary>
    PROPN,
    /// <summary>Punctuation.</summary>
    PUNCT,
    /// <summary>Subordinating conjunction.</summary>
    SCONJ,
    /// <summary>Symbol.</summary>
    SYM,
    /// <summary>Verb.</summary>
    VERB,
    /// <summary>Other.</summary>
    X,
}
