using Parley.Actors;
using Parley.Dates;
using Parley.Documents;
using Parley.Frames;
using Parley.Ontology;
using Parley.Patterns;

namespace Parley.Events;

/// <summary>The coder's event records: evidence spans, date, place, quote and PLOVER mapping of one coded event, and the roles of people at the event's date.</summary>
internal sealed partial class CodingContext
{
    private CodedEvent Build(PredicateFrame frame, PatternMatch match, CameoCode code, EventActor? source, EventActor? target, Places.PlaceMention? targetPlace = null)
    {
        var sentence = _doc.Sentence(frame.Sentence);
        var predicate = _doc.Tokens[frame.Predicate];
        var date = _circumstances.Date(frame);
        if (date.Mention is not null && date.Date is { } when)
            (source, target) = (AtEventDate(source, Middle(when)), AtEventDate(target, Middle(when)));
        var place = _circumstances.Place(frame, code.Code) ?? (targetPlace is { } tp
            ? new EventLocation(tp.Text, tp.Place.Name, tp.Place.Country, tp.Place.Lat, tp.Place.Lon, tp.Start, tp.End) : null);
        // A meeting in a country that is neither side's is CAMEO 044, "meet at a third location".
        if (code.Code == "040" && place?.Country is { } where && source?.Country is { } a && target?.Country is { } b && where != a && where != b
            && _cameo.Find("044") is { } third)
            code = third;
        // …and one in either side's own country ("met Li Qiang in Canberra") is no third location: CAMEO 040.
        else if (code.Code == "044" && place?.Country is { } home && (source?.Country == home || target?.Country == home)
            && _cameo.Find("040") is { } met)
            code = met;
        var quote = _circumstances.Quote(frame, source, t => Actors(t));
        var mapping = _plover.Map(code.Code);
        var spans = new List<EvidenceSpan>();
        if (source is { Start: >= 0 })
            AddSpan(spans, "source", source.Start, source.End);
        if (target is { Start: >= 0 })
            AddSpan(spans, "target", target.Start, target.End);
        AddSpan(spans, "predicate", predicate.Start, predicate.End);
        AddSpan(spans, "date", date.Mention?.Start, date.Mention?.End);
        AddSpan(spans, "location", place?.Start, place?.End);
        AddSpan(spans, "quote", quote?.Start, quote?.End);
        return new CodedEvent
        {
            Id = EventIds.Make(_doc.Metadata.Id, frame.Sentence, predicate.Start, source?.Code ?? source?.Text, target?.Code ?? target?.Text, code.Code),
            DocId = _doc.Metadata.Id,
            Sentence = frame.Sentence,
            Date = date.Date,
            DateText = date.Mention?.Text,
            DateSource = date.Mention is null ? "publication" : "text",
            Source = source,
            Target = target,
            Cameo = code.Code,
            CameoRoot = code.Root,
            CameoName = code.Name,
            Goldstein = code.Goldstein,
            QuadClass = code.QuadClass,
            Plover = new PloverCoding(mapping?.Event, mapping?.Mode, mapping?.Contexts ?? []),
            Modality = frame.Modality == Modality.Negated ? Modality.Asserted : frame.Modality,
            Location = place,
            Quote = quote,
            EvidenceText = sentence.Text,
            Spans = spans,
            Rule = match.Pattern.Id + (code.Code == match.Pattern.Cameo ? "" : code.Code == "044" ? "+third-location" : code.Code == "040" ? "+home-location" : "+intended"),
            ReportedBy = frame.SpeechVerb >= 0 ? Actors(SubjectOf(frame.SpeechVerb)).FirstOrDefault() : null,
            PredicateStart = predicate.Start,
        };
    }

    // The middle day of a partial date ("in 2017" → 2017-07-02): the role held for most of the period.
    private static DateOnly Middle(Dates.PartialDate date) => date.Start.AddDays((date.End.DayNumber - date.Start.DayNumber) / 2);

    // Mentions are coded for the publication date; a person's role is chosen again for a date the text gives
    // ("in 2014, Trump …": a businessman, not the president).
    private EventActor? AtEventDate(EventActor? actor, DateOnly when)
    {
        if (actor?.Name is not { } name || _dictionary?.FindPerson(name) is not { } person || when == _doc.Metadata.PublicationDate)
            return actor;
        if (_dictionary.Resolve(person, when) is not { } role)
            return actor with { Code = null, Country = null, Sector = null, Via = actor.Via + "+no-role-at-event-date" };
        if (role.Code == actor.Code)
            return actor;
        var (country, sector) = _dictionary.Split(role.Code);
        return actor with { Code = role.Code, Country = country, Sector = sector, Via = actor.Via + "+event-date" };
    }

    private static void AddSpan(List<EvidenceSpan> spans, string role, int? start, int? end)
    {
        if (start is { } s && end is { } e)
            spans.Add(new EvidenceSpan(role, s, e));
    }
}
