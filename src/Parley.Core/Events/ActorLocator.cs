using Parley.Actors;
using Parley.Documents;

namespace Parley.Events;

/// <summary>
/// Finds the actor mention(s) an argument token stands for: the mention covering the token, else one in the
/// token's noun phrase (compounds, adjectives, possessors, appositions: "Washington's attitude" → Washington), and
/// each conjunct ("Trump and Kim"); never a country inside the name of a sea or a gulf ("the South China Sea", "the
/// Gulf of Oman": <c>features</c>). Pronouns are resolved by <see cref="Coreference"/>.
/// </summary>
internal sealed class ActorLocator(Document doc, IReadOnlyList<ActorMention> mentions, DocumentIndex index, ActorDictionary? dictionary = null,
    IReadOnlySet<string>? features = null)
{
    private static readonly string[] PhraseRelations = ["compound", "amod", "nmod:poss", "appos", "flat", "nmod", "det:poss"];

    /// <summary>The mentions for the phrase headed by <paramref name="token"/>, one per conjunct, without duplicates.</summary>
    public List<ActorMention> Find(int token)
    {
        var found = new List<ActorMention>();
        if (token < 0)
            return found;
        foreach (var head in Conjuncts(token))
            foreach (var m in InPhrase(head).SelectMany(WithConjoinedNationalities))
                if (!found.Contains(m))
                    found.Add(m);
        return found;
    }

    // "Indian and French troops": the mention "French troops" and, for each nationality adjective conjoined to its
    // own, the same agent of that country (INDMIL), first in text order.
    private IEnumerable<ActorMention> WithConjoinedNationalities(ActorMention m)
    {
        if (dictionary is null || m.Country is null || m.Code is not { } code || !code.StartsWith(m.Country, StringComparison.Ordinal))
            return [m];
        var others = new List<ActorMention>();
        var conjoined = Enumerable.Range(m.FirstToken, m.EndToken - m.FirstToken)
            .SelectMany(t => Children(t).Where(c => IsRel(c, "conj")).Concat(IsRel(t, "conj") ? [doc.Tokens[t].Head] : []))
            .Where(c => c >= 0 && (c < m.FirstToken || c >= m.EndToken)).Distinct();
        foreach (var c in conjoined)
            if (Adjective(c) is { Code: { } country } entry && country != m.Country)
            {
                var w = doc.Tokens[c];
                others.Add(m with { FirstToken = c, EndToken = c + 1, Start = w.Start, End = w.Start + w.Length, Text = doc.Text.Substring(w.Start, w.Length),
                    Code = country + code[m.Country.Length..], Country = country, Name = entry.Name, Rule = m.Rule + "+conjoined-adjective" });
            }
        return others.Count == 0 ? [m] : [.. others.Append(m).OrderBy(x => x.FirstToken)];
    }

    private ActorEntry? Adjective(int t)
    {
        var w = doc.Tokens[t];
        return dictionary?.Lookup(doc.Text.Substring(w.Start, w.Length)).FirstOrDefault(e => e.Kind == ActorEntryKind.Adjective && e.Code is not null);
    }

    /// <summary>The country of a nationality adjective at <paramref name="token"/> ("Ukrainian"), or null.</summary>
    public string? AdjectiveCountry(int token) => Adjective(token)?.Code;

    /// <summary>The mention covering <paramref name="token"/>, or null.</summary>
    public ActorMention? Covering(int token) => index.MentionAt(token) is var m and >= 0 ? mentions[m] : null;

    // The mention covering the head, else the nearest one among its modifiers with that modifier's conjuncts
    // ("ties with Mordor, Rohan and Bree"), else the country of a nationality adjective.
    private IEnumerable<ActorMention> InPhrase(int head)
    {
        if (Covering(head) is { } m)
            return [m];
        if (IsFeature(head))
            return [];
        if (Modifier(head) is { } c)
            return Covering(c) is { } country && PhraseAgent(head, country) is { } agent
                ? [country with { Code = country.Code + agent.Code, Sector = agent.Code, Rule = country.Rule + "+phrase-agent" }]
                : Conjuncts(c).Select(Covering).OfType<ActorMention>();
        if (NationalityOf(head) is { } n)
            return [n];
        return AgentModifierOf(head) is { } a ? [a] : [];
    }

    // "a police checkpoint", "opposition demands": an agent noun modifying a thing (no mention itself, as the
    // mention finder leaves attributive agents out) still tells whose thing it is — the sector, without a country.
    private ActorMention? AgentModifierOf(int head)
    {
        if (dictionary is null)
            return null;
        foreach (var c in Children(head))
        {
            if (!IsRel(c, "compound") || c != head - 1)
                continue;
            var t = doc.Tokens[c];
            var word = doc.Text.Substring(t.Start, t.Length);
            if (dictionary.Lookup(word).FirstOrDefault(e => e.Kind == ActorEntryKind.Agent && e.Code is { Length: >= 3 }) is not { } entry)
                continue;
            var sector = entry.Code![..3];
            return new ActorMention(c, c + 1, t.Start, t.Start + t.Length, word, entry.Code, null, sector, null, null,
                ActorEntryKind.Agent, "agent+noun", entry.Source, ActorMentionFlags.NoCountry);
        }
        return null;
    }

    // "Dagolath's first deputy prime minister Telemar": a country alone (a bare three-letter code, no conjunct) as the phrase's
    // nearest actor, with a countryless agent further in the phrase, is that country's agent (DAGGOV); else null.
    private ActorMention? PhraseAgent(int head, ActorMention country)
    {
        if (country is not { Kind: ActorEntryKind.Country, Code.Length: 3 } || (country.Country ?? country.Sector) != country.Code
            || Enumerable.Range(country.FirstToken, country.EndToken - country.FirstToken).Any(t => Children(t).Any(k => IsRel(k, "conj"))))
            return null;
        var (first, last) = (doc.Tokens.Length, -1);
        foreach (var t in Subtree(head))
            (first, last) = (Math.Min(first, t), Math.Max(last, t));
        return mentions.FirstOrDefault(m => m.FirstToken > country.FirstToken && m.FirstToken >= first && m.EndToken <= last + 1
            && m is { Kind: ActorEntryKind.Agent, Country: null, Code.Length: 3 } && (m.Flags & ActorMentionFlags.NoCountry) != 0);
    }

    private IEnumerable<int> Subtree(int t) => Children(t).Where(c => PhraseRelations.Any(r => IsRel(c, r))).SelectMany(Subtree).Prepend(t);

    private int? Modifier(int head)
    {
        // Breadth-first over the phrase's modifiers, nearest first.
        var queue = new Queue<(int Token, int Depth)>([(head, 0)]);
        while (queue.Count > 0)
        {
            var (t, depth) = queue.Dequeue();
            foreach (var c in Children(t))
            {
                if (!PhraseRelations.Any(r => IsRel(c, r)) || IsFeature(c))
                    continue;
                if (Covering(c) is not null)
                    return c;
                if (depth < 2)
                    queue.Enqueue((c, depth + 1));
            }
        }
        return null;
    }

    // "four Israeli hostages", "the American student": a country adjective on a noun that is no agent still tells
    // whose people they are — the country, without a sector; also through a participle ("a Greek-flagged tanker").
    private ActorMention? NationalityOf(int head)
    {
        if (dictionary is null)
            return null;
        foreach (var c in Children(head))
        {
            if (!IsRel(c, "amod") && !IsRel(c, "compound"))
                continue;
            if ((CountryAdjective(c) is { } e ? (c, e) : ThroughParticiple(c)) is not ({ } a, { } entry))
                continue;
            var (start, end) = (doc.Tokens[Math.Min(a, head)].Start, doc.Tokens[Math.Max(a, head)].End);
            return new ActorMention(Math.Min(a, head), Math.Max(a, head) + 1, start, end, doc.Text[start..end], entry.Code, entry.Code,
                null, entry.Name, null, ActorEntryKind.Adjective, "adjective+noun", entry.Source, ActorMentionFlags.NoSector);
        }
        return null;
    }

    // The country adjective on a participle modifying the noun ("Greek-flagged", "British-owned"), if any.
    private (int Token, ActorEntry Entry)? ThroughParticiple(int participle)
    {
        if (!IsRel(participle, "amod") || doc.Tokens[participle].Upos != Upos.VERB)
            return null;
        foreach (var g in Children(participle))
            if ((IsRel(g, "compound") || IsRel(g, "amod") || IsRel(g, "obl")) && CountryAdjective(g) is { } entry)
                return (g, entry);
        return null;
    }

    private ActorEntry? CountryAdjective(int t)
    {
        var word = doc.Text.Substring(doc.Tokens[t].Start, doc.Tokens[t].Length);
        return dictionary!.Lookup(word).FirstOrDefault(e => e.Kind == ActorEntryKind.Adjective && e.Code is not null);
    }

    // The token and its conjuncts, also those a parser chains ("Mordor, Rohan, Arnor and Bree": Bree under Arnor).
    private List<int> Conjuncts(int token)
    {
        var list = new List<int> { token };
        for (var i = 0; i < list.Count; i++)
            foreach (var c in Children(list[i]))
                if (IsRel(c, "conj") && !list.Contains(c))
                    list.Add(c);
        return list;
    }

    private int[] Children(int t) => index.Children(t).ToArray();

    private bool IsFeature(int t) => features is not null && features.Contains(doc.Strings[doc.Tokens[t].Lemma].ToLowerInvariant());

    private bool IsRel(int t, string rel)
    {
        var r = doc.Strings[doc.Tokens[t].DepRel].AsSpan();
        return r.SequenceEqual(rel) || (r.Length > rel.Length && r[rel.Length] == ':' && r.StartsWith(rel, StringComparison.Ordinal));
    }
}
