namespace Parley.Diagnostics;

/// <summary>A catalog entry: a stable code, a severity and a composite format string.</summary>
public sealed record MessageTemplate(string Code, Severity Severity, string Format);
