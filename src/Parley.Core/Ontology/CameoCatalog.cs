using Parley.Data;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Parley.Diagnostics;

namespace Parley.Ontology;

/// <summary>All CAMEO event codes, immutable and thread-safe; load with <see cref="Load"/>.</summary>
public sealed class CameoCatalog
{
    private readonly FrozenDictionary<string, CameoCode> _byCode;

    internal CameoCatalog(IEnumerable<CameoCode> codes)
    {
        Codes = [.. codes];
        _byCode = Codes.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
    }

    /// <summary>Every code in file order.</summary>
    public ImmutableArray<CameoCode> Codes { get; }

    /// <summary>The code with this number, or null.</summary>
    public CameoCode? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>True when <paramref name="code"/> is a CAMEO code.</summary>
    public bool Contains(string code) => _byCode.ContainsKey(code);

    /// <summary>The direct children of a code (for a root, its three-digit codes).</summary>
    public IEnumerable<CameoCode> Children(string code) => Codes.Where(c => c.Parent == code);

    /// <summary>
    /// This catalog with <paramref name="extra"/> codes added (those not already in it): codes a user dictionary
    /// defines beyond the table, such as a PETRARCH verbs file's own sub-codes.
    /// </summary>
    internal CameoCatalog With(IEnumerable<CameoCode> extra) => new([.. Codes, .. extra.Where(c => !Contains(c.Code)).DistinctBy(c => c.Code)]);

    /// <summary>Loads and validates <c>data/cameo/event-codes.tsv</c>.</summary>
    public static LoadResult<CameoCatalog> Load(string path)
    {
        var diagnostics = new List<Diagnostic>();
        var lines = TableRows.Read(path, diagnostics);
        if (lines is null)
            return new(null, [.. diagnostics]);
        var codes = CameoCodeReader.Read(lines, path, diagnostics);
        return new(new CameoCatalog(codes), [.. diagnostics]);
    }
}
