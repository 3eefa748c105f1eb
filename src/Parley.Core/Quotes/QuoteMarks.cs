using Parley.Documents;

namespace Parley.Quotes;

/// <summary>Pairs opening and closing double-quote tokens.</summary>
internal static class QuoteMarks
{
    /// <summary>
    /// (opening token, closing token) pairs. A closing index equal to the token after the last quoted token is
    /// used for quotations left open at a line break or the end of the text.
    /// </summary>
    public static IEnumerable<(int Open, int Close)> Pairs(Document doc)
    {
        var open = -1;
        for (var i = 0; i < doc.TokenCount; i++)
        {
            var t = doc.Tokens[i];
            var c = t.Length == 1 ? doc.Text[t.Start] : '\0';
            if (open >= 0 && (c is '”' || (c == '"' && !OpensStraight(doc, i))))
            {
                yield return (open, i);
                open = -1;
            }
            else if (c is '“' || (c == '"' && OpensStraight(doc, i)))
                open = i;
            else if (open >= 0 && EndsLine(doc, i))
            {
                yield return (open, i + 1);
                open = -1;
            }
        }
        if (open >= 0)
            yield return (open, doc.TokenCount);
    }

    // A straight quote opens when it follows whitespace, an opening bracket or the start of the text.
    private static bool OpensStraight(Document doc, int i)
    {
        var start = doc.Tokens[i].Start;
        return start == 0 || char.IsWhiteSpace(doc.Text[start - 1]) || doc.Text[start - 1] is '(' or '[' or '—' or '-';
    }

    private static bool EndsLine(Document doc, int i)
    {
        var t = doc.Tokens[i];
        return doc.Text.AsSpan(t.End, t.SpaceAfter).Contains('\n');
    }
}
