namespace Parley.Segmentation;

/// <summary>How an abbreviation's period interacts with sentence boundaries.</summary>
public enum AbbreviationKind
{
    /// <summary>Ends a sentence only when a typical sentence starter follows ("Inc.", "U.S.", "etc.").</summary>
    General,
    /// <summary>Precedes a name and never ends a sentence ("Mr.", "Gen.", "Sen.").</summary>
    Title,
    /// <summary>An abbreviation only when a number follows ("No. 1", "Art. 5"); otherwise a word and a period.</summary>
    Number,
}
