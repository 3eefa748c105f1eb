using Parley.Diagnostics;

namespace Parley.Actors;

/// <summary>Merges parsed layers into an <see cref="ActorDictionary"/>: later layers win, conflicts within a layer are errors.</summary>
internal static class LayerMerger
{
    public static ActorDictionaryResult Merge(IReadOnlyList<LayerData> layers)
    {
        var diagnostics = layers.SelectMany(l => l.Diagnostics).ToList();
        var countries = new Dictionary<string, CountryDef>(StringComparer.Ordinal);
        var sectors = new Dictionary<string, SectorDef>(StringComparer.Ordinal);
        foreach (var layer in layers)
        {
            var mine = new HashSet<string>(StringComparer.Ordinal);
            foreach (var c in layer.Countries)
            {
                // Several territories may share their parent's code (Jersey → GBR): the first block names it.
                if (mine.Add(c.Code))
                    countries[c.Code] = c;
            }
            foreach (var s in layer.Sectors)
                sectors[s.Code] = s;
        }
        var codes = new CodeValidator(countries, sectors);
        if (sectors.Count == 0 && layers.Any(l => l.Codes.Count > 0))
            diagnostics.Add(Diagnostic.Create(Messages.ActorSectorsMissing, Location.None));
        foreach (var use in layers.SelectMany(l => l.Codes))
        {
            if (codes.Check(use) is { } d)
                diagnostics.Add(d);
        }
        var people = MergePeople(layers, diagnostics);
        var tables = MergeAliases(layers, people, diagnostics);
        foreach (var p in people.People.Values)
            p.FirstCountry = codes.Split(p.Roles[0].Code).Country;
        var dictionary = new ActorDictionary(new AliasIndex(tables), countries, sectors, people.People, codes);
        return new ActorDictionaryResult(dictionary, diagnostics);
    }

    /// <summary>
    /// The people after layering: blocks of one name in several files of a layer are merged into one person
    /// (national offices in a region file, international ones in international.txt); a later layer's person
    /// replaces an earlier one's entirely.
    /// </summary>
    private static (Dictionary<string, PersonEntry> People, Dictionary<string, int> Layer) MergePeople(
        IReadOnlyList<LayerData> layers, List<Diagnostic> diagnostics)
    {
        var people = new Dictionary<string, PersonEntry>(StringComparer.Ordinal);
        var layerOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = 0; n < layers.Count; n++)
        {
            foreach (var group in layers[n].People.GroupBy(d => d.Person.Name, StringComparer.Ordinal))
            {
                var defs = group.ToList();
                people[group.Key] = defs.Count == 1 ? defs[0].Person : Combine(defs, diagnostics);
                layerOf[group.Key] = n;
            }
        }
        return (people, layerOf);
    }

    private static PersonEntry Combine(List<PersonDef> defs, List<Diagnostic> diagnostics)
    {
        var roles = new List<PersonRole>();
        foreach (var def in defs)
        {
            foreach (var role in def.Person.Roles)
            {
                if (roles.Any(r => r.Code == role.Code && r.Start == role.Start && r.End == role.End))
                    continue; // the same role stated in two files
                var clash = roles.FirstOrDefault(r => r.Code == role.Code && r.Start <= role.End && role.Start <= r.End && r.End != role.Start && role.End != r.Start);
                if (clash is not null)
                {
                    diagnostics.Add(Diagnostic.Create(Messages.ActorPersonRolesOverlap, def.Where, def.Person.Name, role.Code,
                        DataText.Format(role.Start), DataText.Format(role.End), role.Source, DataText.Format(clash.Start), DataText.Format(clash.End), clash.Source));
                    continue;
                }
                roles.Add(role);
            }
        }
        var aliases = defs.SelectMany(d => d.Person.Aliases).Distinct(StringComparer.Ordinal).ToList();
        return new PersonEntry(defs[0].Person.Name, aliases, [.. roles.OrderBy(r => r.Start)], defs[0].Person.Source);
    }

    private static List<Dictionary<string, List<AliasEntry>>> MergeAliases(IReadOnlyList<LayerData> layers,
        (Dictionary<string, PersonEntry> People, Dictionary<string, int> Layer) people, List<Diagnostic> diagnostics)
    {
        var tables = Enum.GetValues<AliasTable>().Select(_ => new Dictionary<string, (List<AliasEntry> List, int Layer)>(StringComparer.Ordinal)).ToList();
        for (var n = 0; n < layers.Count; n++)
        {
            foreach (var raw in layers[n].Aliases)
            {
                var alias = raw;
                if (raw.Entry.Person is { } p)
                {
                    if (people.Layer[p.Name] != n)
                        continue; // replaced by a later layer
                    alias = raw with { Entry = raw.Entry with { Person = people.People[p.Name] } };
                }
                var key = AliasKey.Of(alias.Form);
                var table = tables[(int)alias.Table];
                if (!table.TryGetValue(key, out var slot) || slot.Layer < n)
                {
                    table[key] = ([new AliasEntry(alias.Form, alias.Entry)], n);
                    continue;
                }
                var existing = slot.List[0].Entry;
                if (!SameMeaning(existing, alias.Entry))
                    diagnostics.Add(Diagnostic.Create(Messages.ActorAliasConflict, alias.Where, alias.Form, Describe(existing), existing.Source, Describe(alias.Entry)));
                else if (!slot.List.Any(e => e.Form == alias.Form))
                    slot.List.Add(new AliasEntry(alias.Form, existing));
            }
        }
        return [.. tables.Select(t => t.ToDictionary(kv => kv.Key, kv => kv.Value.List, StringComparer.Ordinal))];
    }

    private static bool SameMeaning(ActorEntry a, ActorEntry b) =>
        a.Code == b.Code && ReferenceEquals(a.Person, b.Person) && (a.Kind == ActorEntryKind.Person) == (b.Kind == ActorEntryKind.Person);

    private static string Describe(ActorEntry e) => e.Person is { } p ? $"person '{p.Name}'" : $"{e.Code} ({e.Name})";
}
