using Parley.Documents;
using Parley.Frames;

namespace Parley.Events;

public sealed partial class EventCoder
{
    // A predicate word written with a capital inside a sentence of ordinary case belongs to a name ("the Stop the War
    // Coalition", "the Greek Rally", "the Social Credit Party", "the Conquest of California"), not to an act.
    private static bool InName(Document document, PredicateFrame frame)
    {
        var token = document.Token(frame.Predicate);
        var span = token.Span;
        var sentence = document.Sentence(frame.Sentence).Data;
        if (frame.Predicate <= sentence.FirstToken || span.Length < 2 || !char.IsUpper(span[0]) || !char.IsLower(span[1]))
            return false;
        var previous = document.Token(frame.Predicate - 1).Span;
        if (previous.Length == 1 && "\"“‘'(:[-–—".Contains(previous[0], StringComparison.Ordinal))
            return false;
        return !TitleCase(document, sentence);
    }

    // A headline in title case ("Trump Meets Kim in Singapore") capitalises its verbs: no word of four letters or more
    // is in lower case, and no word of it is a name by its capital alone.
    private static bool TitleCase(Document document, SentenceData sentence)
    {
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var span = document.Token(t).Span;
            if (span.Length >= 4 && char.IsLower(span[0]))
                return false;
        }
        return true;
    }
}
