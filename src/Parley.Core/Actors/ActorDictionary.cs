using System.Collections.Frozen;

namespace Parley.Actors;

/// <summary>
/// The actor dictionaries (countries, agents, organizations, people with dated roles), immutable and safe to
/// share between threads. Build it with <see cref="ActorDictionaryBuilder"/>.
/// </summary>
public sealed class ActorDictionary
{
    private readonly FrozenDictionary<string, CountryDef> _countries;
    private readonly FrozenDictionary<string, PersonEntry> _people;
    private readonly FrozenDictionary<string, PersonEntry[]> _surnames;
    private readonly CodeValidator _codes;

    internal ActorDictionary(AliasIndex index, IDictionary<string, CountryDef> countries, IDictionary<string, SectorDef> sectors,
        IDictionary<string, PersonEntry> people, CodeValidator codes)
    {
        Index = index;
        _countries = countries.ToFrozenDictionary(StringComparer.Ordinal);
        _people = people.ToFrozenDictionary(StringComparer.Ordinal);
        SectorCount = sectors.Count;
        _codes = codes;
        _surnames = people.Values
            .SelectMany(p => SurnameKeys(p).Select(k => (Key: k, Person: p)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Person).OrderBy(p => p.Name, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    internal AliasIndex Index { get; }

    /// <summary>Number of countries and territories.</summary>
    public int CountryCount => _countries.Count;

    /// <summary>Number of people.</summary>
    public int PersonCount => _people.Count;

    /// <summary>Number of sector, prefix and region codes.</summary>
    public int SectorCount { get; }

    /// <summary>Number of distinct normalized phrases over all tables.</summary>
    public int PhraseCount => Index.KeyCount;

    /// <summary>The canonical name of a country code, or null.</summary>
    public string? CountryName(string code) => _countries.TryGetValue(code, out var c) ? c.Name : null;

    /// <summary>The person with canonical name <paramref name="name"/>, or whose full alias it is; null if none.</summary>
    public PersonEntry? FindPerson(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_people.TryGetValue(name, out var p))
            return p;
        return Index.Get(AliasTable.Noun, AliasKey.Of(name)).Select(e => e.Entry.Person).FirstOrDefault(x => x is not null);
    }

    /// <summary>The role <paramref name="person"/> holds on <paramref name="date"/> (both role dates inclusive), or null.</summary>
    public PersonRole? Resolve(PersonEntry person, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.RoleAt(date);
    }

    /// <summary>
    /// Every entry a whole phrase denotes, in the noun, adjective and agent tables, whose case fits
    /// (<c>"US"</c> is the United States, <c>"us"</c> is nothing).
    /// </summary>
    public IReadOnlyList<ActorEntry> Lookup(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var key = AliasKey.Of(phrase);
        return [.. Enum.GetValues<AliasTable>()
            .SelectMany(t => Index.Get(t, key))
            .Where(e => AliasKey.CaseCompatible(e.Form, phrase))
            .Select(e => e.Entry)
            .Distinct()];
    }

    /// <summary>Splits a code into its country (USA, USAPRI) and first sector unit (GOV; IGO for IGOUNO).</summary>
    public (string? Country, string? Sector) Split(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _codes.Split(code);
    }

    /// <summary>The name the press uses alone for a person after a full mention ("Trump", "Kim").</summary>
    public string Surname(PersonEntry person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var words = person.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = person.FirstCountry is { } c && _countries.TryGetValue(c, out var def) && def.SurnameFirst;
        return first ? words[0] : words[^1];
    }

    /// <summary>
    /// The lookup keys of a person's surname: the surname itself and, after an article such as "al-" or "el-",
    /// the rest ("al-Assad" → "al assad", "assad").
    /// </summary>
    internal IEnumerable<string> SurnameKeys(PersonEntry person)
    {
        var surname = Surname(person);
        var key = AliasKey.Of(surname);
        if (key.Length >= 2)
            yield return key;
        var hyphen = surname.IndexOf('-', StringComparison.Ordinal);
        if (hyphen is > 0 and <= 3 && surname[..hyphen].All(char.IsLower) && surname.Length - hyphen > 3)
            yield return AliasKey.Of(surname[(hyphen + 1)..]);
    }

    /// <summary>People whose surname has the normalized <paramref name="key"/>.</summary>
    internal PersonEntry[] PeopleBySurname(ReadOnlySpan<char> key) =>
        _surnames.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var p) ? p : [];
}
