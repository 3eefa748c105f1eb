using Parley.Data;
using Parley.Diagnostics;

namespace Parley.Actors;

/// <summary>
/// Parses a people file (<c>people/*.txt</c>, format in data/actors/README.md): an unindented header
/// <c>Canonical name | other full names</c>, then indented role lines <c>CODE  START  END  TITLE</c>.
/// </summary>
internal static class PeopleFileParser
{
    private sealed class Pending(string[] names, int line)
    {
        public string[] Names { get; } = names;
        public int Line { get; } = line;
        public List<(PersonRole Role, int Line)> Roles { get; } = [];
    }

    public static void Parse(string text, DataFile file, LayerData into)
    {
        Pending? person = null;
        foreach (var line in DataText.Lines(text, file))
        {
            if (!line.Indented)
            {
                Finish(person, file, into);
                person = Header(line, file, into);
            }
            else if (person is null)
                into.Report(Messages.ActorRoleWithoutPerson, file.At(line.Number));
            else if (Role(line, file, into) is { } role)
                person.Roles.Add((role, line.Number));
        }
        Finish(person, file, into);
    }

    private static Pending? Header(DataLine line, DataFile file, LayerData into)
    {
        var names = DataText.Alternatives(line.Content);
        if (names is null)
        {
            into.Report(Messages.ActorAliasEmpty, file.At(line.Number));
            return null;
        }
        return new Pending(names, line.Number);
    }

    /// <summary>Parses a role line <c>CODE  START  END  TITLE</c> (also used for organizations' dated codes).</summary>
    internal static PersonRole? Role(DataLine line, DataFile file, LayerData into)
    {
        var where = file.At(line.Number);
        var f = DataText.Fields(line);
        if (f.Length < 3)
        {
            into.Report(Messages.ActorLineMalformed, where, "expected 'CODE  START  END  TITLE'");
            return null;
        }
        if (!ActorCodes.IsWellFormed(f[0]))
        {
            into.Report(Messages.ActorCodeMalformed, where, f[0]);
            return null;
        }
        var okStart = DataText.TryParseStart(f[1], out var start);
        if (!okStart)
            into.Report(Messages.ActorDateInvalid, where, f[1]);
        var okEnd = DataText.TryParseEnd(f[2], out var end);
        if (!okEnd)
            into.Report(Messages.ActorDateInvalid, where, f[2]);
        if (!okStart || !okEnd)
            return null;
        if (end < start)
        {
            into.Report(Messages.ActorRoleEndsBeforeStart, where, f[0], f[1], f[2]);
            return null;
        }
        into.Codes.Add(new CodeUse(f[0], where));
        return new PersonRole(f[0], start, end, string.Join("  ", f.Skip(3)), file.Source(line.Number));
    }

    private static void Finish(Pending? pending, DataFile file, LayerData into)
    {
        if (pending is null)
            return;
        if (pending.Roles.Count == 0)
        {
            into.Report(Messages.ActorPersonWithoutRoles, file.At(pending.Line), pending.Names[0]);
            return;
        }
        CheckRoles(pending, file, into);
        var person = new PersonEntry(pending.Names[0], pending.Names, [.. pending.Roles.Select(r => r.Role)], file.Source(pending.Line));
        into.People.Add(new PersonDef(person, file.At(pending.Line)));
        var entry = new ActorEntry(ActorEntryKind.Person, null, person.Name, person.Source) { Person = person };
        foreach (var name in pending.Names)
            into.Aliases.Add(new RawAlias(AliasTable.Noun, name, entry, file.At(pending.Line)));
    }

    private static void CheckRoles(Pending p, DataFile file, LayerData into)
    {
        for (var i = 0; i < p.Roles.Count; i++)
        {
            var (a, lineA) = p.Roles[i];
            if (i > 0 && a.Start < p.Roles[i - 1].Role.Start)
                into.Report(Messages.ActorRolesOutOfOrder, file.At(lineA), DataText.Format(a.Start), DataText.Format(p.Roles[i - 1].Role.Start));
            for (var j = 0; j < i; j++)
            {
                var (b, lineB) = p.Roles[j];
                if (a.Code == b.Code && Overlap(a, b))
                    into.Report(Messages.ActorRolesOverlap, file.At(lineA), a.Code, DataText.Format(a.Start), DataText.Format(a.End),
                        lineB, DataText.Format(b.Start), DataText.Format(b.End));
            }
        }
    }

    /// <summary>Two roles overlap when they share more than a single handover day.</summary>
    private static bool Overlap(PersonRole a, PersonRole b) =>
        a.Start <= b.End && b.Start <= a.End && a.End != b.Start && b.End != a.Start;
}
