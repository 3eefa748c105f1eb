using Parley.Documents;

namespace Parley.Dates;

/// <summary>
/// Finds time expressions in a sentence and resolves them against the publication date: absolute dates
/// ("June 12, 2018", "12 June", "July 2016", "in 2016"), weekdays ("on Wednesday", "last Friday"), day words
/// ("yesterday"), counted offsets ("two days ago") and relative periods ("last week", "earlier this month").
/// Expressions that leave the year or week open are resolved in the given <see cref="TimeDirection"/>.
/// Immutable and thread-safe.
/// </summary>
public sealed class DateResolver(DateLexicon lexicon)
{
    /// <summary>The time expressions of sentence <paramref name="sentence"/>, in text order, not overlapping.</summary>
    public IReadOnlyList<DateMention> Find(Document document, int sentence, DateOnly publication, TimeDirection direction = TimeDirection.Past)
    {
        ArgumentNullException.ThrowIfNull(document);
        var s = document.Sentences[sentence];
        var words = new DateWords(document, lexicon, s.FirstToken, s.EndToken);
        var found = new List<DateMention>();
        for (var i = s.FirstToken; i < s.EndToken; i++)
        {
            if (!words.MayStart(i))
                continue;
            var context = new DateContext(publication, direction);
            if (DateRules.Match(words, i, context) is not { } m)
                continue;
            var first = words.IsKind(i - 1, "lead") || words.IsKind(i - 1, "hedge") ? i - 1 : i;
            var t0 = document.Tokens[first];
            var t1 = document.Tokens[m.End - 1];
            found.Add(new DateMention(first, m.End, t0.Start, t1.End, document.Text[t0.Start..t1.End], m.Date, m.Rule));
            i = m.End - 1;
        }
        return found;
    }
}

/// <summary>The publication date and direction a rule resolves against.</summary>
internal readonly record struct DateContext(DateOnly Publication, TimeDirection Direction);

/// <summary>A rule's match: the token after the expression, the date and the rule name.</summary>
internal readonly record struct DateMatch(int End, PartialDate Date, string Rule);
