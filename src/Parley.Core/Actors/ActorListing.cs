using System.Globalization;
using Parley.Documents;
using Parley.Events;

namespace Parley.Actors;

/// <summary>An earlier actor mention a coreferent mention stands for.</summary>
/// <param name="Text">Its words.</param>
/// <param name="Start">Start character offset.</param>
/// <param name="End">End character offset.</param>
/// <param name="Code">Its code, or null.</param>
/// <param name="Name">Its canonical name, or null.</param>
public sealed record ActorAntecedent(string Text, int Start, int End, string? Code, string? Name);

/// <summary>
/// One line of the actor listing (<c>parley actors</c>, the actors of <c>parley analyze</c>): a mention with its
/// span, its code, the entries or rule behind it, its flags, its antecedent when it is coreferent, and the date its
/// code was chosen for.
/// </summary>
/// <param name="Start">Start character offset.</param>
/// <param name="End">End character offset.</param>
/// <param name="Text">The words.</param>
/// <param name="Code">The code, or null when it cannot be coded (the mention is kept, flagged).</param>
/// <param name="Country">The country code, or null.</param>
/// <param name="Sector">The first sector unit, or null.</param>
/// <param name="Name">The canonical name of the person, organization or country, or null.</param>
/// <param name="Title">The person's office on the date, or the agent phrase.</param>
/// <param name="Kind">What the head is (person, country, agent, …; "reference" for a pronoun or description).</param>
/// <param name="Rule">How it was found ("adjective+agent+name", "surname", "coreference:pronoun", "…+event-date").</param>
/// <param name="Entries">The dictionary entries behind it (file:line), or "".</param>
/// <param name="Flags">What is missing or special.</param>
/// <param name="Antecedent">The mention it stands for, or null.</param>
/// <param name="Date">The date the code was chosen for: the publication date, or the event's date from the text.</param>
public sealed record ActorListingRow(int Start, int End, string Text, string? Code, string? Country, string? Sector, string? Name, string? Title,
    string Kind, string Rule, string Entries, ActorMentionFlags Flags, ActorAntecedent? Antecedent, string? Date);

/// <summary>
/// Builds the actor listing of a processed document from its layers: every actor mention; each coreferent one
/// (from <see cref="ActorReferences"/>) coded through its antecedent, one row per antecedent ("They" → Trump, Kim);
/// pronouns only the event coder resolved; and, for a person in an event the text dates ("in 2014, Trump …"), the
/// role held on that date, as the event has it. Deterministic: rows in text order, then by code.
/// </summary>
public static class ActorListing
{
    /// <summary>The rows of <paramref name="document"/>.</summary>
    public static IReadOnlyList<ActorListingRow> Rows(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var date = document.Metadata.PublicationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var mentions = document.GetLayer<ActorMentions>()?.Items ?? [];
        var references = document.GetLayer<ActorReferences>()?.Items ?? [];
        var byMention = references.Where(r => r.Mention >= 0).ToDictionary(r => r.Mention);
        var rows = new List<ActorListingRow>();
        for (var i = 0; i < mentions.Count; i++)
            rows.AddRange(byMention.TryGetValue(i, out var r) ? Referenced(r, mentions[i], date) : [Plain(mentions[i], null, date)]);
        foreach (var r in references.Where(r => r.Mention < 0))
            rows.AddRange(Referenced(r, null, date));
        var events = document.GetLayer<CodedEvents>()?.Items ?? [];
        rows.AddRange(EventOnly(events, rows, date));
        return [.. rows.Select(row => AtEventDate(row, events)).OrderBy(r => r.Start).ThenBy(r => r.Code, StringComparer.Ordinal)];
    }

    private static ActorListingRow Plain(ActorMention m, ActorAntecedent? antecedent, string? date) =>
        new(m.Start, m.End, m.Text, m.Code, m.Country, m.Sector, m.Name, m.Title, m.Kind.ToString().ToLowerInvariant(), m.Rule, m.Sources,
            m.Flags, antecedent, date);

    private static ActorAntecedent Antecedent(ActorMention a) => new(a.Text, a.Start, a.End, a.Code, a.Name);

    // A surname keeps its own row with its antecedent; a description or pronoun takes each antecedent's code.
    private static IEnumerable<ActorListingRow> Referenced(ActorReference r, ActorMention? m, string? date)
    {
        if (r.Kind == ActorReferenceKind.Surname && m is not null)
        {
            yield return Plain(m, Antecedent(r.Antecedents[0]), date);
            yield break;
        }
        var rule = (m is null ? "" : m.Rule + "+") + "coreference:" + r.Kind.ToString().ToLowerInvariant();
        for (var i = 0; i < r.Antecedents.Count; i++)
        {
            var a = r.Antecedents[i];
            var c = r.Codes[i];
            var flags = (m?.Flags ?? ActorMentionFlags.None) & ~(ActorMentionFlags.NoCountry | ActorMentionFlags.NoSector);
            var title = m?.Title ?? (r.Kind is ActorReferenceKind.Pair or ActorReferenceKind.Description ? null : a.Title);
            yield return new ActorListingRow(r.Start, r.End, r.Text, c.Code, c.Country, c.Sector, a.Name, title,
                m is null ? "reference" : m.Kind.ToString().ToLowerInvariant(), rule, m?.Sources ?? "", flags, Antecedent(a), date);
        }
    }

    // Actors only the event coder found: pronouns it resolved with its own rules where the document-level pass found
    // nothing, and nationalities on nouns that are no agent ("four Israeli hostages": a country without a sector).
    private static IEnumerable<ActorListingRow> EventOnly(IReadOnlyList<CodedEvent> events, List<ActorListingRow> rows, string? date)
    {
        var listed = rows.Select(r => (r.Start, r.End)).ToHashSet();
        return events.SelectMany(e => new[] { e.Source, e.Target, e.ReportedBy }).OfType<EventActor>()
            .Where(a => !listed.Contains((a.Start, a.End)))
            .DistinctBy(a => (a.Start, a.End, a.Code))
            .Select(a => a.Via.Contains("coreference", StringComparison.Ordinal)
                ? new ActorListingRow(a.Start, a.End, a.Text, a.Code, a.Country, a.Sector, a.Name, null, "reference", "coreference:event",
                    "", ActorMentionFlags.None, new ActorAntecedent(a.Name ?? a.Code ?? a.Text, -1, -1, a.Code, a.Name), date)
                : new ActorListingRow(a.Start, a.End, a.Text, a.Code, a.Country, a.Sector, a.Name, null, "event", a.Via, "",
                    a.Country is not null && a.Sector is null && a.Code == a.Country ? ActorMentionFlags.NoSector : ActorMentionFlags.None, null, date));
    }

    // A person in an event dated by the text is coded for that date, as the event codes it.
    private static ActorListingRow AtEventDate(ActorListingRow row, IReadOnlyList<CodedEvent> events)
    {
        foreach (var e in events)
        {
            if (e.DateSource != "text" || e.Date is not { } when)
                continue;
            foreach (var a in new[] { e.Source, e.Target })
            {
                if (a is null || a.Start != row.Start || a.End != row.End || a.Name != row.Name || !a.Via.Contains("event-date", StringComparison.Ordinal))
                    continue;
                var flags = a.Code is null ? row.Flags | ActorMentionFlags.NoRoleAtDate : row.Flags & ~ActorMentionFlags.NoRoleAtDate;
                // The office held that day is the event's to tell, not the publication date's title.
                return row with { Code = a.Code, Country = a.Country, Sector = a.Sector, Title = null, Rule = row.Rule + "+event-date", Flags = flags, Date = when.ToString() };
            }
        }
        return row;
    }
}
