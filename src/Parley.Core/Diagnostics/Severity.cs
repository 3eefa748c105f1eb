namespace Parley.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum Severity
{
    /// <summary>For information only.</summary>
    Info,
    /// <summary>Something was skipped or guessed; the output is still usable.</summary>
    Warning,
    /// <summary>An input (or part of it) could not be processed.</summary>
    Error,
}
