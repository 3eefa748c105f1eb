namespace Parley.Quotes;

/// <summary>A direct quotation and, when found, who said it.</summary>
/// <param name="Start">Offset of the first character inside the quotation marks.</param>
/// <param name="End">Exclusive offset of the last character inside the quotation marks.</param>
/// <param name="Text">The quoted words, without the marks.</param>
/// <param name="FirstToken">First token inside the marks.</param>
/// <param name="EndToken">One past the last token inside the marks.</param>
/// <param name="Speaker">The speaker phrase ("he", "the letter", "an unnamed North Korean official"), or null.</param>
/// <param name="Verb">The speech verb token index, or -1.</param>
/// <param name="Rule">How the speaker was found: <c>after</c> (“…,” he said), <c>before</c> (he said: “…”),
/// <c>inline</c> (said that … “…”) or <c>none</c>.</param>
public sealed record Quote(int Start, int End, string Text, int FirstToken, int EndToken, SpeakerPhrase? Speaker, int Verb, string Rule);

/// <summary>The words naming a speaker.</summary>
/// <param name="FirstToken">First token.</param>
/// <param name="EndToken">One past the last token.</param>
/// <param name="Start">Start character offset.</param>
/// <param name="End">Exclusive end character offset.</param>
/// <param name="Text">The words.</param>
public sealed record SpeakerPhrase(int FirstToken, int EndToken, int Start, int End, string Text);

/// <summary>The quotations of a document, in text order.</summary>
public sealed record Quotes(IReadOnlyList<Quote> Items);
