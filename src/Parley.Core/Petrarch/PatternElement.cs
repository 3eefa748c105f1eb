using System.Collections.Immutable;

namespace Parley.Petrarch;

/// <summary>One element of a PETRARCH pattern: a word or marker, a noun phrase <c>{…}</c>, or a prepositional phrase <c>(…)</c>.</summary>
internal abstract record PatternElement;

/// <summary>A single word, synset (<c>&amp;NAME</c>) or marker (<c>*</c>, <c>$</c>, <c>+</c>, <c>%</c>, <c>^</c>).</summary>
internal sealed record WordElement(string Word) : PatternElement;

/// <summary><c>{A B C}</c>: the last word is the head, the others modify it.</summary>
internal sealed record NounPhraseElement(ImmutableArray<string> Words) : PatternElement;

/// <summary><c>(P X)</c>: the preposition and what it governs (words and noun phrases).</summary>
internal sealed record PrepPhraseElement(string Preposition, ImmutableArray<PatternElement> Objects) : PatternElement
{
    /// <summary>True when a skipped noun phrase (<c>^</c>) stands before it: it may modify that phrase.</summary>
    public bool AfterSkipped { get; init; }
}

/// <summary>Splits pattern text into elements ('*' is always its own word); braces may nest inside parentheses; articles are dropped.</summary>
internal static class PatternElementParser
{
    /// <summary>Articles are never heads or modifiers: "(TO A VOTE)" is "(TO VOTE)".</summary>
    private static bool IsArticle(string w) => w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase) || w.Equals("the", StringComparison.OrdinalIgnoreCase);

    public static ImmutableArray<PatternElement>? Parse(string text, out string problem)
    {
        problem = "";
        var elements = ImmutableArray.CreateBuilder<PatternElement>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
                i++;
            if (i >= text.Length)
                return elements.ToImmutable();
            if (text[i] == '(')
            {
                var close = text.IndexOf(')', i);
                if (close < 0 || Parse(text[(i + 1)..close], out problem) is not { } inner)
                {
                    problem = problem.Length > 0 ? problem : "'(' without ')'";
                    return null;
                }
                if (inner.IsEmpty || inner[0] is not WordElement { Word: var prep } || inner.Skip(1).Any(e => e is PrepPhraseElement))
                {
                    problem = $"'({text[(i + 1)..close]})' is not '(PREPOSITION [NOUNS])'";
                    return null;
                }
                elements.Add(new PrepPhraseElement(prep, [.. inner.Skip(1)]));
                i = close + 1;
            }
            else if (text[i] == '{')
            {
                var close = text.IndexOf('}', i);
                var words = close < 0 ? [] : text[(i + 1)..close].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0 || words.Any(w => w.IndexOfAny(['(', ')', '{']) >= 0))
                {
                    problem = close < 0 ? "'{' without '}'" : $"'{{{text[(i + 1)..close]}}}' is not a noun phrase";
                    return null;
                }
                elements.Add(new NounPhraseElement([.. words.Where(w => !IsArticle(w))]));
                i = close + 1;
            }
            else if (text[i] is ')' or '}')
            {
                problem = $"unbalanced '{text[i]}'";
                return null;
            }
            else if (text[i] == '*')
            {
                elements.Add(new WordElement("*"));
                i++;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')' or '{' or '}' or '*'))
                    i++;
                if (!IsArticle(text[start..i]))
                    elements.Add(new WordElement(text[start..i]));
            }
        }
    }
}
