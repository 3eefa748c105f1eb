namespace Parley.Diagnostics;

/// <summary>Messages of coding with PETRARCH dictionaries and of <c>parley validate-petrarch</c>: PRL640–PRL659.</summary>
public static partial class Messages
{
    /// <summary>A PETRARCH dictionary folder holds none of the files Parley recognizes by name.</summary>
    public static readonly MessageTemplate PetrarchNothingToLoad = new("PRL640", Severity.Warning,
        "{0} holds no *verbs*/CAMEO*, *actors* or *agents* file; nothing loaded from it");
    /// <summary>A validation file could not be read or names no dictionaries.</summary>
    public static readonly MessageTemplate ValidationUnusable = new("PRL641", Severity.Error, "cannot run the validation file: {0}");
}
