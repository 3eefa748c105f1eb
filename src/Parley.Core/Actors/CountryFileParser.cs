using Parley.Data;
using Parley.Diagnostics;

namespace Parley.Actors;

/// <summary>Parses <c>countries.txt</c>: a block per country (header <c>CODE  Name</c>, then indented fields).</summary>
internal static class CountryFileParser
{
    public static void Parse(string text, DataFile file, LayerData into)
    {
        CountryDef? country = null;
        foreach (var line in DataText.Lines(text, file))
        {
            var fields = DataText.Fields(line);
            if (!line.Indented)
                country = Header(fields, line, file, into);
            else if (country is null)
                into.Report(Messages.ActorRoleWithoutPerson, file.At(line.Number));
            else
                Field(country, fields, line, file, into);
        }
    }

    private static CountryDef? Header(string[] fields, DataLine line, DataFile file, LayerData into)
    {
        if (fields.Length != 2)
        {
            into.Report(Messages.ActorLineMalformed, file.At(line.Number), "expected 'CODE  Canonical name'");
            return null;
        }
        if (!ActorCodes.IsWellFormed(fields[0]))
        {
            into.Report(Messages.ActorCodeMalformed, file.At(line.Number), fields[0]);
            return null;
        }
        var country = new CountryDef(fields[0], fields[1], file.At(line.Number));
        into.Countries.Add(country);
        return country;
    }

    private static void Field(CountryDef country, string[] fields, DataLine line, DataFile file, LayerData into)
    {
        var where = file.At(line.Number);
        switch (fields[0])
        {
            case "name" or "capital" or "demonym" or "adjective" when fields.Length == 2:
                var kind = fields[0] switch
                {
                    "name" => ActorEntryKind.Country,
                    "capital" => ActorEntryKind.Capital,
                    "demonym" => ActorEntryKind.Demonym,
                    _ => ActorEntryKind.Adjective,
                };
                var table = kind == ActorEntryKind.Adjective ? AliasTable.Adjective : AliasTable.Noun;
                Add(into, table, fields[1], new ActorEntry(kind, country.Code, country.Name, file.Source(line.Number)), where);
                break;
            case "seat" when fields.Length == 3:
                into.Codes.Add(new CodeUse(fields[1], where));
                Add(into, AliasTable.Noun, fields[2], new ActorEntry(ActorEntryKind.Seat, fields[1], country.Name, file.Source(line.Number)), where);
                break;
            case "naming" when fields.Length == 2:
                if (fields[1] is not ("surname-first" or "surname-last"))
                    into.Report(Messages.ActorNamingUnknown, where, fields[1]);
                country.SurnameFirst = fields[1] == "surname-first";
                break;
            case "name" or "capital" or "demonym" or "adjective" or "seat" or "naming":
                into.Report(Messages.ActorLineMalformed, where, $"wrong number of fields for '{fields[0]}'");
                break;
            default:
                into.Report(Messages.ActorFieldUnknown, where, fields[0]);
                break;
        }
    }

    /// <summary>Adds every alternative of <paramref name="field"/> as an alias of <paramref name="entry"/>.</summary>
    internal static void Add(LayerData into, AliasTable table, string field, ActorEntry entry, Location where)
    {
        var forms = DataText.Alternatives(field);
        if (forms is null)
        {
            into.Report(Messages.ActorAliasEmpty, where);
            return;
        }
        foreach (var form in forms)
            into.Aliases.Add(new RawAlias(table, form, entry, where));
    }
}
