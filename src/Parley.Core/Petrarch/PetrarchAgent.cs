using System.Collections.Immutable;

namespace Parley.Petrarch;

/// <summary>
/// One agent of a PETRARCH agents dictionary after plural generation and substitution: its forms (singular and
/// plurals, lower case), the code and whether the code goes after the actor's code (<c>[~GOV]</c>, the usual case)
/// or before it (<c>[NGO~]</c>).
/// </summary>
/// <param name="Forms">The singular form first, then plurals and substituted variants.</param>
/// <param name="Code">The agent code without '~'.</param>
/// <param name="Prefix">True for <c>CODE~</c>: the code goes before the actor code.</param>
/// <param name="File">The dictionary file.</param>
/// <param name="Line">The line.</param>
public sealed record PetrarchAgent(ImmutableArray<string> Forms, string Code, bool Prefix, string File, int Line);
