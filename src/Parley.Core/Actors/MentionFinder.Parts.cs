using Parley.Documents;

namespace Parley.Actors;

internal sealed partial class MentionFinder
{
    private const int MaxUnknownNameTokens = 4;

    /// <summary>The person after a title: a full name, a surname, or an unknown capitalised name.</summary>
    private Part? Name(int k, int limit)
    {
        if (k >= limit)
            return null;
        if (Match(AliasTable.Noun, k, limit) is { } m)
        {
            var person = Array.Find(m.Entries, e => e.Entry.Person is not null);
            return person.Entry is null ? null : Part.From(m with { Entries = [person] }, "name");
        }
        if (Surname(k, limit, titled: true) is { } s)
            return s;
        var end = k;
        while (end < limit && end - k < MaxUnknownNameTokens && IsCapitalisedWord(end) && Match(AliasTable.Agent, end, limit) is null)
            end++;
        if (end == k)
            return null;
        var entry = new ActorEntry(ActorEntryKind.Person, null, doc.Text[doc.Tokens[k].Start..doc.Tokens[end - 1].End], "");
        var possessive = EndsPossessive(end - 1, limit, out var next, out var stemEnd);
        return new Part(entry, k, end, doc.Tokens[k].Start, stemEnd, possessive, next, "unknown-name");
    }

    private bool IsCapitalisedWord(int i)
    {
        var span = PhraseMatcher.Span(doc, i);
        return span.Length > 1 && char.IsUpper(span[0]) && char.IsLetter(span[1]);
    }

    /// <summary>
    /// A surname alone: of a person named in full earlier in the document; after a title, of the one person with
    /// that surname who holds a role on the document's date (undated: still holds it; of several, the one in government); with no title, a
    /// word the recognizer tags as a person, or an untagged proper noun that is a clause's subject, that is the surname
    /// of exactly one person in government on that date ("Putin met Xi", "Erdogan threatens Sweden"; not "in May").
    /// </summary>
    private Part? Surname(int i, int limit, bool titled)
    {
        var span = PhraseMatcher.Span(doc, i);
        if (span.Length < 2 || !char.IsUpper(span[0]))
            return null;
        var possessive = EndsPossessive(i, limit, out var next, out var stemEnd);
        var stem = doc.Text.AsSpan(doc.Tokens[i].Start, stemEnd - doc.Tokens[i].Start);
        if (stem.Length > 64)
            return null;
        Span<char> key = stackalloc char[stem.Length];
        for (var k = 0; k < stem.Length; k++)
            key[k] = AliasKey.Char(stem[k]);
        if (_seen.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var person))
            return PersonPart(person, i, stemEnd, possessive, next, "surname");
        if (!titled && doc.Tokens[i].Entity.Type != Documents.EntityType.PER && !UntaggedSubject(i))
            return null;
        var candidates = dict.PeopleBySurname(key);
        if (candidates.Length == 0)
            return null;
        var active = candidates.Select(p => (Person: p, Role: RoleOnDate(p))).Where(a => a.Role is not null).ToArray();
        if (active.Length > 1 || !titled)
            active = [.. active.Where(a => dict.Split(a.Role!.Code).Sector == "GOV")];
        if (!titled)
            active = [.. active.Where(a => HeldInNamedYears(a.Person, limit))];
        return active.Length == 1 ? PersonPart(active[0].Person, i, stemEnd, possessive, next, titled ? "title-surname" : "leader-surname") : null;
    }

    // A bare surname in a sentence that names years ("Johnson sought the nomination in 1920 and 1924") is today's leader
    // only when that leader held some role in one of those years: a historical namesake is not.
    private bool HeldInNamedYears(PersonEntry p, int limit)
    {
        var named = false;
        for (var k = _sentenceFirst; k < limit; k++)
        {
            var span = PhraseMatcher.Span(doc, k);
            if (span.Length != 4 || doc.Tokens[k].Upos != Upos.NUM || !int.TryParse(span, out var year) || year is < 1000 or > 2999)
                continue;
            named = true;
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            if (p.Roles.Any(r => r.Start <= to && from <= r.End))
                return true;
        }
        return !named;
    }

    // The role a person holds on the document's date; in an undated document, the latest role when it is still held.
    private PersonRole? RoleOnDate(PersonEntry p) =>
        _date is { } date ? p.RoleAt(date) : p.LatestRole() is { } latest && latest.End == DateOnly.MaxValue ? latest : null;

    // A proper noun the recognizer left untagged that is a clause's subject ("Erdogan threatens Sweden", a headline).
    private bool UntaggedSubject(int i) =>
        doc.Tokens[i].Entity.Type == Documents.EntityType.None && doc.Tokens[i].Upos == Documents.Upos.PROPN
        && doc.Strings[doc.Tokens[i].DepRel] == "nsubj";

    private Part PersonPart(PersonEntry person, int i, int stemEnd, bool possessive, int next, string rule) =>
        new(new ActorEntry(ActorEntryKind.Person, null, person.Name, person.Source) { Person = person },
            i, i + 1, doc.Tokens[i].Start, stemEnd, possessive, next, rule);

    /// <summary>Whether token <paramref name="i"/> ends in, or is followed by, a possessive suffix.</summary>
    private bool EndsPossessive(int i, int limit, out int next, out int stemEnd)
    {
        var t = doc.Tokens[i];
        var span = PhraseMatcher.Span(doc, i);
        next = i + 1;
        stemEnd = t.End;
        for (var cut = 1; cut <= 2 && cut < span.Length; cut++)
        {
            if (PhraseMatcher.IsPossessive(span[^cut..]))
            {
                stemEnd = t.End - cut;
                return true;
            }
        }
        if (i + 1 < limit && t.SpaceAfter == 0 && PhraseMatcher.IsPossessive(PhraseMatcher.Span(doc, i + 1)))
        {
            next = i + 2;
            return true;
        }
        return false;
    }

    private void Remember(PersonEntry person)
    {
        foreach (var key in dict.SurnameKeys(person))
            _seen[key] = person;
    }

    private int EmitNoun(Part p)
    {
        if (p.Entry.Person is { } person)
        {
            var pc = PersonCode.Of(person, _date);
            Remember(person);
            var flags = pc.Flags | (p.Rule == "name" ? 0 : ActorMentionFlags.Surname);
            return Emit(p.FirstToken, p, p.Start, pc.Code, person.Name, pc.Title, ActorEntryKind.Person, p.Rule == "name" ? "person" : p.Rule, p.Entry.Source, flags);
        }
        var e = p.Entry;
        return Emit(p.FirstToken, p, p.Start, e.CodeAt(_date), e.Name, null, e.Kind, "name", e.Source, ActorMentionFlags.None);
    }

    private int Emit(int first, Part last, int start, string? code, string? name, string? title, ActorEntryKind kind,
        string rule, string sources, ActorMentionFlags flags)
    {
        var (country, sector) = code is null ? (null, null) : dict.Split(code);
        if (code is not null && country is null && sector is null)
            sector = code;
        if (country is null && code is not null && (flags & ActorMentionFlags.NoCountry) == 0 && kind == ActorEntryKind.Agent)
            flags |= ActorMentionFlags.NoCountry;
        if (last.Possessive)
            flags |= ActorMentionFlags.Possessive;
        _mentions.Add(new ActorMention(first, last.EndToken, start, last.End, doc.Text[start..last.End],
            code, country, sector, name, title, kind, rule, sources, flags));
        return last.Next;
    }
}
