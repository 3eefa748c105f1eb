namespace Parley.Diagnostics;

/// <summary>
/// An expected failure or remark, as a value: a stable code from <see cref="Messages"/>, a message, and where
/// it happened (file, 1-based line, 0-based character offset) when known.
/// </summary>
public sealed record Diagnostic(string Code, Severity Severity, string Message, string? File = null, int? Line = null, long? Offset = null)
{
    /// <summary>Creates a diagnostic from a catalog entry and its arguments.</summary>
    public static Diagnostic Create(MessageTemplate template, Location location, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(template);
        return new(template.Code, template.Severity, Messages.Format(template, args), location.File, location.Line, location.Offset);
    }

    /// <summary>Formats as <c>file:line:offset: error PRL101: message</c>, the shape compilers use.</summary>
    public override string ToString()
    {
        var where = File is null ? "" : File + (Line is { } l ? $":{l}" : "") + (Offset is { } o ? $":{o}" : "") + ": ";
        return $"{where}{Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
    }
}

/// <summary>Where a diagnostic applies: a file, a 1-based line, a 0-based character (or byte) offset.</summary>
public readonly record struct Location(string? File, int? Line = null, long? Offset = null)
{
    /// <summary>No known location.</summary>
    public static Location None => default;
}
