using System.Collections.Immutable;
using Parley.Diagnostics;

namespace Parley.Ontology;

/// <summary>
/// The outcome of loading a data file: the loaded value (null when an error made it unusable) and every
/// diagnostic found, each with file and line.
/// </summary>
public sealed record LoadResult<T>(T? Value, ImmutableArray<Diagnostic> Diagnostics) where T : class
{
    /// <summary>True when a value was loaded and no diagnostic is an error.</summary>
    public bool Succeeded => Value is not null && !Diagnostics.Any(d => d.Severity == Severity.Error);
}
