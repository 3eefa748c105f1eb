using Parley.Diagnostics;

namespace Parley.Actors;

/// <summary>Checks actor codes against the loaded countries and sectors and splits them into country and sector.</summary>
internal sealed class CodeValidator(IReadOnlyDictionary<string, CountryDef> countries, IReadOnlyDictionary<string, SectorDef> sectors)
{
    /// <summary>The country code a code starts with (6 letters for territories such as USAPRI, else 3), or null.</summary>
    public string? CountryPrefix(string code)
    {
        if (code.Length >= 6 && countries.ContainsKey(code[..6]))
            return code[..6];
        return code.Length >= 3 && countries.ContainsKey(code[..3]) ? code[..3] : null;
    }

    /// <summary>The country and the first sector unit of a code (IGO, NGO… for codes that start with a prefix).</summary>
    public (string? Country, string? Sector) Split(string code)
    {
        var country = CountryPrefix(code);
        if (country is not null)
            return (country, code.Length > country.Length ? code.Substring(country.Length, 3) : null);
        if (code.Length < 3 || !sectors.TryGetValue(code[..3], out var s))
            return (null, null);
        // A prefix code may name a country next: MNCUSA, NGOSYRHRI.
        var next = code.Length >= 6 && countries.ContainsKey(code.Substring(3, 3)) ? code.Substring(3, 3) : null;
        return (next, s.Code);
    }

    /// <summary>A diagnostic when the use's code is not valid, else null.</summary>
    public Diagnostic? Check(CodeUse use)
    {
        if (sectors.Count == 0)
            return null;
        if (use.SectorsOnly)
            return FirstBadRole(use, 0);
        var country = CountryPrefix(use.Code);
        if (country is null)
        {
            var ok = sectors.TryGetValue(use.Code[..3], out var s) && s.Kind != SectorKind.Role;
            return ok ? null : Diagnostic.Create(Messages.ActorCodeUnknownCountry, use.Where, use.Code);
        }
        return use.Code.Length > country.Length ? FirstBadRole(use, country.Length, onlyFirst: true) : null;
    }

    private Diagnostic? FirstBadRole(CodeUse use, int from, bool onlyFirst = false)
    {
        for (var i = from; i + 3 <= use.Code.Length; i += 3)
        {
            var unit = use.Code.Substring(i, 3);
            if (!sectors.TryGetValue(unit, out var s) || s.Kind != SectorKind.Role)
                return Diagnostic.Create(Messages.ActorCodeUnknownSector, use.Where, unit, use.Code);
            if (onlyFirst)
                break;
        }
        return null;
    }
}
