namespace Parley.Segmentation;

/// <summary>Settings of a <see cref="SentenceSplitter"/>.</summary>
/// <param name="SplitAtLineBreaks">
/// When true (the default), a single line break ends a sentence unless the next line starts with a lower-case
/// letter or the whole text looks hard-wrapped (short lines that mostly end mid-sentence): a headline or a line
/// without final punctuation stands alone, while wrapped text stays together. When false, only blank lines and
/// punctuation end sentences.
/// </param>
public sealed record SentenceSplitterOptions(bool SplitAtLineBreaks = true)
{
    /// <summary>The default settings.</summary>
    public static SentenceSplitterOptions Default { get; } = new();
}
