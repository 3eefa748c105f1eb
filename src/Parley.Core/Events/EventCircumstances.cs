using Parley.Dates;
using Parley.Documents;
using Parley.Frames;
using Parley.Places;
using Parley.Quotes;

namespace Parley.Events;

/// <summary>
/// Chooses an event's date, place and quotation from what the earlier stages found; <c>placesIn</c> gives
/// the places with a token in a sentence (the coding context's grouping, built once per document).
/// </summary>
internal sealed class EventCircumstances(Document doc, DateResolver dates, IReadOnlySet<string> locatives, DocumentIndex index,
    Func<int, IReadOnlyList<PlaceMention>> placesIn)
{
    private static readonly HashSet<string> VisitCodes = ["042", "043", "044"];
    private readonly Dictionary<(int, TimeDirection), IReadOnlyList<DateMention>> _dateCache = [];

    /// <summary>
    /// The most precise time expression in the predicate's phrase (nearest on ties), else the publication date.
    /// Intended events resolve open years and weekdays forward.
    /// </summary>
    public (PartialDate? Date, DateMention? Mention) Date(PredicateFrame frame)
    {
        var direction = frame.Modality == Modality.Intended ? TimeDirection.Future : TimeDirection.Past;
        var pub = doc.Metadata.PublicationDate;
        if (pub is { } p)
        {
            var key = (frame.Sentence, direction);
            if (!_dateCache.TryGetValue(key, out var mentions))
                _dateCache[key] = mentions = dates.Find(doc, frame.Sentence, p, direction);
            var best = mentions.Where(m => Governs(frame.Predicate, m.EndToken - 1))
                .OrderByDescending(m => m.Date.Precision).ThenBy(m => Math.Abs(m.FirstToken - frame.Predicate)).FirstOrDefault();
            if (best is not null)
                return (best.Date, best);
        }
        return (pub is { } d ? PartialDate.Day(d) : null, null);
    }

    /// <summary>A place in the predicate's phrase after a locative preposition ("to" too for visits and summits).</summary>
    public EventLocation? Place(PredicateFrame frame, string cameo)
    {
        // A place in the phrase is in the predicate's sentence when head chains stay in their sentences.
        var places = index.HeadsInSentences ? placesIn(index.SentenceOf(frame.Predicate)) : doc.GetLayer<PlaceMentions>()?.Items ?? [];
        foreach (var m in places)
        {
            var prep = m.Preposition ?? "";
            if ((locatives.Contains(prep) || (prep == "to" && VisitCodes.Contains(cameo))) && Governs(frame.Predicate, m.EndToken - 1))
                return new EventLocation(m.Text, m.Place.Name, m.Place.Country, m.Place.Lat, m.Place.Lon, m.Start, m.End);
        }
        return null;
    }

    /// <summary>The quotation containing the predicate, else one in its sentence spoken by the source or its speech verb.</summary>
    public EventQuote? Quote(PredicateFrame frame, EventActor? source, Func<int, List<EventActor?>> actors)
    {
        var quotes = doc.GetLayer<Quotes.Quotes>()?.Items ?? [];
        var at = doc.Tokens[frame.Predicate].Start;
        var s = doc.Sentences[frame.Sentence];
        var (sStart, sEnd) = (doc.Tokens[s.FirstToken].Start, doc.Tokens[s.EndToken - 1].End);
        var chosen = quotes.FirstOrDefault(q => q.Start <= at && at < q.End)
            ?? quotes.FirstOrDefault(q => q.Start < sEnd && q.End > sStart && (q.Verb == frame.Predicate || (frame.SpeechVerb >= 0 && q.Verb == frame.SpeechVerb)));
        if (chosen is null)
            return null;
        var speaker = chosen.Speaker is { } sp ? actors(sp.EndToken - 1).FirstOrDefault() : null;
        return new EventQuote(chosen.Text, chosen.Start, chosen.End, chosen.Speaker?.Text, speaker?.Code);
    }

    // True when token t lies in the predicate's phrase: its head chain reaches the predicate without passing
    // through another verb (which would make it another clause's).
    private bool Governs(int predicate, int t)
    {
        for (var x = t; x >= 0; x = doc.Tokens[x].Head)
        {
            if (x == predicate)
                return true;
            if (x != t && doc.Tokens[x].Upos == Upos.VERB)
                return false;
        }
        return false;
    }
}
