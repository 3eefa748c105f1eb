using Parley.Documents;

namespace Parley.Actors;

/// <summary>
/// Finds the actor mentions of one document, sentence by sentence, left to right, longest first. Patterns:
/// a noun phrase alone ("Pyongyang", "NATO", "Mike Pompeo"); a country adjective, a noun or a possessive
/// followed by agents ("North Korean official", "Kim's regime", "Hamas militants"), optionally followed by a
/// person after a title ("U.S. State Secretary Mike Pompeo"); agents alone ("the regime": sector only). A
/// surname alone resolves to the person named in full earlier in the document. Not thread-safe: one per document.
/// </summary>
internal sealed partial class MentionFinder(ActorDictionary dict, Document doc)
{
    private const int MaxAgents = 3;
    private readonly DateOnly? _date = doc.Metadata.PublicationDate;
    private readonly Dictionary<string, PersonEntry> _seen = new(StringComparer.Ordinal);
    private readonly List<ActorMention> _mentions = [];
    private int _sentenceFirst;
    private readonly PhraseMatcher _matcher = new(dict.Index, doc);
    private readonly PhraseMatches?[] _memo = new PhraseMatches?[doc.TokenCount];

    public List<ActorMention> Run()
    {
        foreach (var s in doc.Sentences)
        {
            _sentenceFirst = s.FirstToken;
            var i = s.FirstToken;
            while (i < s.EndToken)
                i = At(i, s.EndToken) is { } next ? next : i + 1;
        }
        return _mentions;
    }

    /// <summary>The longest phrase of <paramref name="table"/> at token <paramref name="i"/> (memoized per token).</summary>
    private PhraseMatch? Match(AliasTable table, int i, int limit) =>
        (_memo[i] ??= _matcher.Match(i, limit))[table];

    /// <summary>Emits the mention starting at token <paramref name="i"/>, if any, and returns the token after it.</summary>
    private int? At(int i, int limit)
    {
        if (PrefixAgent(i, limit) is { } afterPrefixed)
            return afterPrefixed;
        var noun = Noun(i, limit) ?? SurnameBeforeAgent(i, limit);
        var adjective = Match(AliasTable.Adjective, i, limit) is { } am ? Part.From(am, "adjective") : (Part?)null;
        var afterAdjective = adjective is { } a ? Agents(a.Next, limit) : null;
        var afterNoun = noun is { } n ? Agents(n.Next, limit) : null;
        // "U.S. President …" reads "U.S." as an adjective; "Soviet Union" stays a name, not "Soviet" + "union".
        if (afterAdjective is { } aa && (noun is not { } n0 || aa.Last.End > (afterNoun?.Last.End ?? n0.End)))
            return Composite(adjective!.Value, "adjective", aa, limit);
        if (noun is { } nn && afterNoun is { } na)
            return Composite(nn, nn.Possessive ? "possessive" : "noun", na, limit);
        if (noun is { } alone)
            return EmitNoun(alone);
        if (Agents(i, limit) is { } agents)
            return InsideUnknownName(agents) ? agents.Next : Composite(null, null, agents, limit);
        return null;
    }

    /// <summary>
    /// An agent whose code goes before the actor's (<see cref="ActorEntry.IsPrefix"/>) prefixes the coded mention
    /// that follows it ("MSF Arnor" → NGOARN; "MSF Arnor diplomat" → NGOARNGOV); null when none follows.
    /// </summary>
    private int? PrefixAgent(int i, int limit)
    {
        if (Match(AliasTable.Agent, i, limit) is not { Entries: [{ Entry: { IsPrefix: true, Code: { } prefix } }, ..] } m || m.Possessive)
            return null;
        var count = _mentions.Count;
        var next = At(m.NextToken, limit);
        if (next is null || _mentions.Count != count + 1 || _mentions[^1] is not { Code: { } code } followed || followed.FirstToken != m.NextToken)
        {
            _mentions.RemoveRange(count, _mentions.Count - count);
            return null;
        }
        _mentions[^1] = followed with
        {
            FirstToken = m.FirstToken, Start = m.Start, Text = doc.Text[m.Start..followed.End], Code = prefix + code,
            Rule = "prefix-agent+" + followed.Rule, Sources = $"{m.Entries[0].Entry.Source} + {followed.Sources}",
        };
        return next;
    }

    private Part? Noun(int i, int limit)
    {
        var m = Match(AliasTable.Noun, i, limit);
        if (m is { } found)
            return Part.From(found, "name");
        return Surname(i, limit, titled: false);
    }

    /// <summary>
    /// A surname known only from the people index (one person with that surname holds a role on the date),
    /// accepted as a possessive or before an agent ("Assad's forces", "the Biden administration").
    /// </summary>
    private Part? SurnameBeforeAgent(int i, int limit) =>
        Surname(i, limit, titled: true) is { } p && (p.Possessive || Agents(p.Next, limit) is not null) ? p : null;

    private AgentChain? Agents(int i, int limit)
    {
        Part? first = null, last = null;
        var count = 0;
        var mixed = "";
        while (count < MaxAgents && i < limit && Match(AliasTable.Agent, i, limit) is { } m)
        {
            var part = Part.From(m, "agent");
            first ??= part;
            last = part;
            // PETRARCH-2 mixes a run of agents' codes in order, each once ("Islamist media" → MUSMED).
            mixed = mixed.Contains(part.Entry.Code!, StringComparison.Ordinal) ? mixed : mixed + part.Entry.Code;
            count++;
            if (m.Possessive)
                break;
            i = m.NextToken;
        }
        if (first is null || Attributive(last!.Value, limit))
            return null;
        return new AgentChain(first.Value, last!.Value, count, last!.Value.Entry.ChainsCodes && first.Value.Entry.ChainsCodes ? mixed : last.Value.Entry.Code!);
    }

    /// <summary>
    /// With part-of-speech tags, an agent directly followed by a common noun modifies it ("refugee crisis",
    /// "military action", "terrorist attacks") and is no actor. Without tags nothing is excluded.
    /// </summary>
    private bool Attributive(Part last, int limit) =>
        (doc.Annotations & Annotations.Tags) != 0 && !last.Possessive && last.Next < limit &&
        doc.Tokens[last.Next].Upos == Upos.NOUN;

    private int Composite(Part? modifier, string? how, AgentChain agents, int limit)
    {
        // "world leaders": the actors of many unnamed countries are no actor.
        if (agents.Last.Entry.IsNone)
            return agents.Next;
        var name = agents.IsTitle && !agents.Last.Possessive ? Name(agents.Next, limit) : null;
        var first = modifier?.FirstToken ?? agents.First.FirstToken;
        var start = modifier?.Start ?? agents.First.Start;
        var title = doc.Text[agents.First.Start..agents.Last.End];
        var sources = modifier is { } mo ? $"{mo.Entry.Source} + {agents.Sources}" : agents.Sources;
        var rule = (how is null ? "" : how + "+") + "agent";
        var (code, flagsFromModifier, orgName) = Combine(modifier, agents.Code);
        if (name is { Entry.Person: { } person } p)
        {
            // A known person without a role on the date keeps the code the title gives, flagged.
            var pc = PersonCode.Of(person, _date);
            Remember(person);
            var flags = pc.Flags | (p.Rule == "name" ? 0 : ActorMentionFlags.Surname) | (pc.Code is null ? flagsFromModifier : 0);
            return Emit(first, p, start, pc.Code ?? code, person.Name, pc.Title ?? title, ActorEntryKind.Person, $"{rule}+{p.Rule}",
                $"{sources} + {p.Entry.Source}", flags);
        }
        if (name is { } unknown)
            return Emit(first, unknown, start, code, doc.Text[unknown.Start..unknown.End], title, ActorEntryKind.Person, $"{rule}+unknown-name",
                sources, flagsFromModifier | ActorMentionFlags.UnknownPerson);
        return Emit(first, agents.Last, start, code, orgName, title, ActorEntryKind.Agent, rule, sources, flagsFromModifier);
    }

    /// <summary>The code of modifier + agent: a country's code plus the sector; seats and organizations keep theirs.</summary>
    private (string? Code, ActorMentionFlags Flags, string? Name) Combine(Part? modifier, string sector)
    {
        if (modifier is not { } m)
            return (sector, ActorMentionFlags.NoCountry, null);
        var e = m.Entry;
        switch (e.Kind)
        {
            case ActorEntryKind.Seat or ActorEntryKind.Organization:
                return (e.CodeAt(_date), ActorMentionFlags.None, e.Kind == ActorEntryKind.Organization ? e.Name : null);
            case ActorEntryKind.Person:
                var pc = PersonCode.Of(e.Person!, _date);
                if (pc.Code is null)
                    return (sector, pc.Flags | ActorMentionFlags.NoCountry, null);
                var country = dict.Split(pc.Code).Country;
                return (country is null ? pc.Code : country + sector, pc.Flags, null);
            default:
                // An agent the actor's code already ends with is not appended again ("White House officials": USAGOV).
                return (e.Code is { } c && c.EndsWith(sector, StringComparison.Ordinal) ? c : e.Code + sector, ActorMentionFlags.None, null);
        }
    }
}
