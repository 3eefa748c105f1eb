using Parley.Diagnostics;

namespace Parley.Tokenization;

/// <summary>The outcome of loading something from data files: the value, or the diagnostics that prevented it.</summary>
/// <typeparam name="T">What was loaded.</typeparam>
/// <param name="Value">The loaded object; null when any error diagnostic was reported.</param>
/// <param name="Diagnostics">Problems found, each with file and line.</param>
public sealed record DataLoadResult<T>(T? Value, IReadOnlyList<Diagnostic> Diagnostics) where T : class
{
    /// <summary>True when a value was produced.</summary>
    public bool Succeeded => Value is not null;

    /// <summary>The value, or an exception listing the diagnostics (for callers that treat bad data as a bug).</summary>
    /// <exception cref="InvalidOperationException">Loading failed.</exception>
    public T GetValueOrThrow() =>
        Value ?? throw new InvalidOperationException(string.Join(Environment.NewLine, Diagnostics));
}
