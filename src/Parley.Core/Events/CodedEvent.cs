using Parley.Dates;
using Parley.Frames;

namespace Parley.Events;

/// <summary>An actor of an event, as output: its words, its code and what the code means.</summary>
/// <param name="Text">The words in the sentence.</param>
/// <param name="Code">CAMEO actor code, or null when the mention could not be coded.</param>
/// <param name="Country">Country code, or null (international actors, unknown country).</param>
/// <param name="Sector">First sector code (GOV, MIL, IGO …), or null.</param>
/// <param name="Name">Canonical name of a known person, organization or country, or null.</param>
/// <param name="Start">Start character offset.</param>
/// <param name="End">Exclusive end character offset.</param>
/// <param name="Via">How the actor was found: the mention's rule, plus "coreference" when it came from an antecedent.</param>
public sealed record EventActor(string Text, string? Code, string? Country, string? Sector, string? Name, int Start, int End, string Via)
{
    /// <summary>
    /// Where the country of an actor whose words name none came from, for <c>parley explain</c> ("country from place
    /// 'Tigray' (ETH)", "country from sentence 1 actor 'Armenia'"); null when its words name it or it has none.
    /// </summary>
    public string? CountryFrom { get; init; }
}

/// <summary>Where an event happened, resolved with the gazetteer.</summary>
public sealed record EventLocation(string Text, string Name, string? Country, double Lat, double Lon, int Start, int End);

/// <summary>A quotation attached to an event, with its speaker.</summary>
public sealed record EventQuote(string Text, int Start, int End, string? Speaker, string? SpeakerCode);

/// <summary>A character span that justifies part of an event.</summary>
/// <param name="Role">source, target, predicate, date, location or quote.</param>
/// <param name="Start">Start character offset.</param>
/// <param name="End">Exclusive end character offset.</param>
public sealed record EvidenceSpan(string Role, int Start, int End);

/// <summary>The PLOVER reading of an event.</summary>
public sealed record PloverCoding(string? Event, string? Mode, IReadOnlyList<string> Context);

/// <summary>
/// One coded event: who did what to whom, when and where, with the words that justify it. Built by
/// <see cref="EventCoder"/>; written by the writers in <c>Writing/</c>.
/// </summary>
public sealed record CodedEvent
{
    /// <summary>Deterministic id (a hash of document, sentence, predicate and codes).</summary>
    public required string Id { get; init; }
    /// <summary>The document id.</summary>
    public required string DocId { get; init; }
    /// <summary>Sentence index (0-based).</summary>
    public required int Sentence { get; init; }
    /// <summary>The event date, or null when neither text nor publication date gives one.</summary>
    public PartialDate? Date { get; init; }
    /// <summary>The words the date came from, or null.</summary>
    public string? DateText { get; init; }
    /// <summary>"text" or "publication".</summary>
    public required string DateSource { get; init; }
    /// <summary>The source actor, or null.</summary>
    public EventActor? Source { get; init; }
    /// <summary>The target actor, or null.</summary>
    public EventActor? Target { get; init; }
    /// <summary>CAMEO event code.</summary>
    public required string Cameo { get; init; }
    /// <summary>Its two-digit root.</summary>
    public required string CameoRoot { get; init; }
    /// <summary>The CAMEO code's name.</summary>
    public required string CameoName { get; init; }
    /// <summary>Goldstein score.</summary>
    public required double Goldstein { get; init; }
    /// <summary>Quad class 1–4.</summary>
    public required int QuadClass { get; init; }
    /// <summary>PLOVER event type, mode and context.</summary>
    public required PloverCoding Plover { get; init; }
    /// <summary>Asserted, intended, …</summary>
    public required Modality Modality { get; init; }
    /// <summary>Where, or null.</summary>
    public EventLocation? Location { get; init; }
    /// <summary>The quotation the event was coded from or reported in, or null.</summary>
    public EventQuote? Quote { get; init; }
    /// <summary>The sentence text.</summary>
    public required string EvidenceText { get; init; }
    /// <summary>The spans of source, target, predicate, date, location and quote.</summary>
    public required IReadOnlyList<EvidenceSpan> Spans { get; init; }
    /// <summary>The id of the pattern that fired.</summary>
    public required string Rule { get; init; }
    /// <summary>The speaker an embedded (reported) event is attributed to, or null.</summary>
    public EventActor? ReportedBy { get; init; }
    /// <summary>Start offset of the predicate, for ordering.</summary>
    public required int PredicateStart { get; init; }
}

/// <summary>The events of a document, in predicate order.</summary>
public sealed record CodedEvents(IReadOnlyList<CodedEvent> Items);
