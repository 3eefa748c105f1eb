namespace Parley.Diagnostics;

/// <summary>Messages of the PETRARCH front end added for the validation suite: PRL750–PRL769.</summary>
public static partial class Messages
{
    /// <summary>A verb pattern line in a block starts with '*' instead of '- *'.</summary>
    public static readonly MessageTemplate PetrarchPatternDashMissing = new("PRL751", Severity.Warning, "pattern line without its leading '- ' ('{0}'); read as a pattern");
    /// <summary>A line of a PETRARCH coding ontology (PICO) file is not <c>CODE:VALUE</c>.</summary>
    public static readonly MessageTemplate PicoLineMalformed = new("PRL750", Severity.Error, "malformed ontology line '{0}': expected CODE:VALUE (hexadecimal terms joined by + and -)");
}
