using Parley.Patterns.Specs;

namespace Parley.Evaluation;

/// <summary>Turns the coding spec examples (specs/coding/*.md) into gold items, by category (file name).</summary>
public static class SpecGold
{
    /// <summary>The spec cases as gold items, grouped by the spec file's name without extension.</summary>
    public static IEnumerable<(string Category, IReadOnlyList<GoldItem> Items)> FromSpecs(IEnumerable<CodingSpec> specs)
    {
        ArgumentNullException.ThrowIfNull(specs);
        foreach (var spec in specs)
            yield return (Path.GetFileNameWithoutExtension(spec.File), [.. spec.Cases.Select(ToGold)]);
    }

    private static GoldItem ToGold(SpecCase c) =>
        new($"{Path.GetFileName(c.File)}:{c.Line}", c.Text, c.Date, [.. c.Expected.Select(e => new ExpectedEvent(e.Source, e.Target, e.Cameo))], c.Line);
}
