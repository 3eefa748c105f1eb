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
        foreach (var p in people.Values)
            p.FirstCountry = codes.Split(p.Roles[0].Code).Country;
        var dictionary = new ActorDictionary(new AliasIndex(tables), countries, sectors, people, codes);
        return new ActorDictionaryResult(dictionary, diagnostics);
    }

    private static Dictionary<string, PersonEntry> MergePeople(IReadOnlyList<LayerData> layers, List<Diagnostic> diagnostics)
    {
        var people = new Dictionary<string, PersonEntry>(StringComparer.Ordinal);
        foreach (var layer in layers)
        {
            var seen = new Dictionary<string, PersonDef>(StringComparer.Ordinal);
            foreach (var def in layer.People)
            {
                if (seen.TryGetValue(def.Person.Name, out var first))
                {
                    diagnostics.Add(Diagnostic.Create(Messages.ActorPersonDuplicate, def.Where, def.Person.Name, first.Person.Source));
                    continue;
                }
                seen[def.Person.Name] = def;
                people[def.Person.Name] = def.Person;
            }
        }
        return people;
    }

    private static List<Dictionary<string, List<AliasEntry>>> MergeAliases(
        IReadOnlyList<LayerData> layers, Dictionary<string, PersonEntry> people, List<Diagnostic> diagnostics)
    {
        var tables = Enum.GetValues<AliasTable>().Select(_ => new Dictionary<string, (List<AliasEntry> List, int Layer)>(StringComparer.Ordinal)).ToList();
        for (var n = 0; n < layers.Count; n++)
        {
            foreach (var alias in layers[n].Aliases)
            {
                if (alias.Entry.Person is { } p && !ReferenceEquals(people.GetValueOrDefault(p.Name), p))
                    continue; // replaced by a later layer, or a duplicate
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
