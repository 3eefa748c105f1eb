using Parley.Diagnostics;

namespace Parley.Actors;

/// <summary>Which lookup table an alias goes to.</summary>
internal enum AliasTable
{
    /// <summary>Phrases that are mentions by themselves: countries, capitals, seats, demonyms, organizations, people.</summary>
    Noun,
    /// <summary>Country adjectives.</summary>
    Adjective,
    /// <summary>Role nouns.</summary>
    Agent,
}

/// <summary>What a code unit in sectors.txt is.</summary>
internal enum SectorKind
{
    /// <summary>A role or sector after a country (GOV, MIL).</summary>
    Role,
    /// <summary>A prefix of codes without a country (IGO, NGO).</summary>
    Prefix,
    /// <summary>A region code usable as a prefix (AFR, EUR).</summary>
    Region,
}

internal sealed record RawAlias(AliasTable Table, string Form, ActorEntry Entry, Location Where);

internal sealed record CodeUse(string Code, Location Where, bool SectorsOnly = false);

internal sealed record SectorDef(string Code, SectorKind Kind, string Description);

internal sealed record CountryDef(string Code, string Name, Location Where)
{
    public bool SurnameFirst { get; set; }
}

internal sealed record PersonDef(PersonEntry Person, Location Where);

/// <summary>Everything parsed from the files of one layer (the built-ins, or one user path), before merging.</summary>
internal sealed class LayerData
{
    public List<RawAlias> Aliases { get; } = [];
    public List<CountryDef> Countries { get; } = [];
    public List<SectorDef> Sectors { get; } = [];
    public List<PersonDef> People { get; } = [];
    public List<CodeUse> Codes { get; } = [];
    public List<Diagnostic> Diagnostics { get; } = [];

    public void Report(MessageTemplate template, Location where, params object?[] args) =>
        Diagnostics.Add(Diagnostic.Create(template, where, args));
}

/// <summary>The file being parsed: its path for diagnostics and its short label for sources.</summary>
internal readonly record struct DataFile(string Path, string Label)
{
    public Location At(int line) => new(Path, line);

    public string Source(int line) => $"{Label}:{line}";
}
