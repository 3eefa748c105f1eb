namespace Parley.Diagnostics;

/// <summary>Messages of the PETRARCH front end added for the validation suite: PRL750–PRL769.</summary>
public static partial class Messages
{
    /// <summary>A line of a PETRARCH coding ontology (PICO) file is not <c>CODE:VALUE</c>.</summary>
    public static readonly MessageTemplate PicoLineMalformed = new("PRL750", Severity.Error, "malformed ontology line '{0}': expected CODE:VALUE (hexadecimal terms joined by + and -)");
}
