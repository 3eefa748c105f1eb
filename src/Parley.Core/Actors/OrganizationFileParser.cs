using Parley.Data;
using Parley.Diagnostics;

namespace Parley.Actors;

/// <summary>
/// Parses <c>organizations.txt</c>: a line <c>CODE  Canonical name | aliases</c> per organization, optionally
/// followed by indented dated codes <c>CODE  START  END  NOTE</c> that replace the default code while they hold.
/// </summary>
internal static class OrganizationFileParser
{
    private sealed class Pending(string code, string names, DataLine line)
    {
        public string Code { get; } = code;
        public string Names { get; } = names;
        public DataLine Line { get; } = line;
        public List<PersonRole> Periods { get; } = [];
    }

    public static void Parse(string text, DataFile file, LayerData into)
    {
        Pending? org = null;
        foreach (var line in DataText.Lines(text, file))
        {
            if (line.Indented)
            {
                if (org is null)
                    into.Report(Messages.ActorRoleWithoutPerson, file.At(line.Number));
                else if (PeopleFileParser.Role(line, file, into) is { } period)
                    org.Periods.Add(period);
                continue;
            }
            Finish(org, file, into);
            org = Header(line, file, into);
        }
        Finish(org, file, into);
    }

    private static Pending? Header(DataLine line, DataFile file, LayerData into)
    {
        var where = file.At(line.Number);
        var f = DataText.Fields(line);
        if (f.Length != 2)
        {
            into.Report(Messages.ActorLineMalformed, where, "expected 'CODE  Canonical name | aliases'");
            return null;
        }
        if (!ActorCodes.IsWellFormed(f[0]))
        {
            into.Report(Messages.ActorCodeMalformed, where, f[0]);
            return null;
        }
        into.Codes.Add(new CodeUse(f[0], where));
        return new Pending(f[0], f[1], line);
    }

    private static void Finish(Pending? org, DataFile file, LayerData into)
    {
        if (org is null)
            return;
        var names = DataText.Alternatives(org.Names);
        var entry = new ActorEntry(ActorEntryKind.Organization, org.Code, names?[0] ?? org.Names, file.Source(org.Line.Number))
        {
            Periods = [.. org.Periods],
        };
        CountryFileParser.Add(into, AliasTable.Noun, org.Names, entry, file.At(org.Line.Number));
    }
}
