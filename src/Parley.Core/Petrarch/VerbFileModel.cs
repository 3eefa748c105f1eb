namespace Parley.Petrarch;

/// <summary>
/// A PETRARCH event code as written in a verbs dictionary: <c>[CODE]</c>, <c>[---]</c> (matched, no event), or a pair
/// <c>[CODE1:CODE2]</c> where CODE1 is the event from source to target and CODE2 the event from target back to source
/// (<c>[042:043]</c>: a visit and the hosting of it; <c>[:173]</c>: only the reverse event).
/// </summary>
/// <param name="Forward">The source→target code, <c>---</c>, or null when none is written.</param>
/// <param name="Reverse">The target→source code, or null.</param>
public sealed record PetrarchCode(string? Forward, string? Reverse)
{
    /// <summary>The code as written, without brackets.</summary>
    public override string ToString() => Reverse is null ? Forward ?? "" : $"{Forward}:{Reverse}";
}

/// <summary>A synset <c>&amp;LABEL</c>: members are lower-case phrases; <see cref="NoPlural"/> when the label ends with '_'.</summary>
internal sealed record RawSynset(string Name, List<string> Members, bool NoPlural, int Line);

/// <summary>
/// A verb of a block: its dictionary key (lemma, plus particle), the preposition it requires (<c>+ASK_FOR</c>:
/// "ask" with a "for" argument), its own code if any, and line.
/// </summary>
internal sealed record RawVerb(string Key, PetrarchCode? Code, int Line, string? Preposition = null)
{
    /// <summary>The verb as one name: key, plus the preposition.</summary>
    public string Name => Preposition is null ? Key : Key + " " + Preposition;
}

/// <summary>A pattern line: the text between '-' and the code, the code, and the line.</summary>
internal sealed record RawVerbPattern(string Text, PetrarchCode Code, int Line);

/// <summary>A verb block <c>--- NAME [CODE] ---</c> with its verbs and patterns.</summary>
internal sealed record RawVerbBlock(string Name, PetrarchCode Code, int Line)
{
    public List<RawVerb> Verbs { get; } = [];

    public List<RawVerbPattern> Patterns { get; } = [];
}

/// <summary>Everything read from one verbs file, before translation.</summary>
internal sealed class RawVerbFile(string path)
{
    public string Path { get; } = path;

    public Dictionary<string, RawSynset> Synsets { get; } = new(StringComparer.Ordinal);

    public List<RawVerbBlock> Blocks { get; } = [];
}
