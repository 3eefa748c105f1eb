using Parley.Data;
using Parley.Diagnostics;

namespace Parley.Actors;

/// <summary>Parses the one-line-per-entry files: agents and sectors.</summary>
internal static class SimpleFileParsers
{
    /// <summary><c>agents.txt</c>: <c>SECTOR  singular | variants  plural | variants (or -)  [title|generic|none]</c>.</summary>
    public static void ParseAgents(string text, DataFile file, LayerData into)
    {
        foreach (var line in DataText.Lines(text, file))
        {
            var where = file.At(line.Number);
            var f = DataText.Fields(line);
            if (line.Indented || f.Length is < 3 or > 4)
            {
                into.Report(Messages.ActorLineMalformed, where, "expected 'SECTOR  singular  plural  [title|generic|none]'");
                continue;
            }
            if (!ActorCodes.IsWellFormed(f[0]))
            {
                into.Report(Messages.ActorCodeMalformed, where, f[0]);
                continue;
            }
            var isTitle = f.Length == 4 && f[3] == "title";
            var isGeneric = f.Length == 4 && f[3] == "generic";
            var isNone = f.Length == 4 && f[3] == "none";
            if (f.Length == 4 && !isTitle && !isGeneric && !isNone)
                into.Report(Messages.ActorAgentFlagUnknown, where, f[3]);
            into.Codes.Add(new CodeUse(f[0], where, SectorsOnly: true));
            var singular = DataText.Alternatives(f[1]);
            var entry = new ActorEntry(ActorEntryKind.Agent, f[0], singular?[0] ?? f[1], file.Source(line.Number)) { IsTitle = isTitle, IsGeneric = isGeneric, IsNone = isNone };
            CountryFileParser.Add(into, AliasTable.Agent, f[1], entry, where);
            if (f[2] != "-")
                CountryFileParser.Add(into, AliasTable.Agent, f[2], entry with { IsTitle = false }, where);
        }
    }

    /// <summary><c>sectors.txt</c>: <c>CODE  role|prefix|region  description</c>.</summary>
    public static void ParseSectors(string text, DataFile file, LayerData into)
    {
        foreach (var line in DataText.Lines(text, file))
        {
            var where = file.At(line.Number);
            var f = DataText.Fields(line);
            if (line.Indented || f.Length != 3 || f[0].Length != 3 || !ActorCodes.IsWellFormed(f[0]))
            {
                into.Report(Messages.ActorLineMalformed, where, "expected 'XXX  role|prefix|region  description'");
                continue;
            }
            SectorKind? kind = f[1] switch
            {
                "role" => SectorKind.Role,
                "prefix" => SectorKind.Prefix,
                "region" => SectorKind.Region,
                _ => null,
            };
            if (kind is null)
                into.Report(Messages.ActorSectorKindUnknown, where, f[1]);
            else
                into.Sectors.Add(new SectorDef(f[0], kind.Value, f[2]));
        }
    }
}
