using System.Collections.Immutable;

namespace Parley.Patterns.Specs;

/// <summary>An expected event: source and target actor codes (target null when there is none) and the CAMEO code.</summary>
public sealed record SpecEvent(string Source, string? Target, string Cameo)
{
    /// <summary>As written in a spec: <c>USAGOV -> PRKGOV 040</c>.</summary>
    public override string ToString() => $"{Source} -> {Target ?? "-"} {Cameo}";
}

/// <summary>
/// One spec case: a news-style sentence, the publication date when the case needs one, and the events a careful
/// coder would produce (empty: no event, for example a negated act). <see cref="Line"/> is the case's first line.
/// </summary>
public sealed record SpecCase(string Text, DateOnly? Date, ImmutableArray<SpecEvent> Expected, string File, int Line);

/// <summary>The cases of one <c>specs/coding/*.md</c> file, in file order.</summary>
public sealed record CodingSpec(string File, ImmutableArray<SpecCase> Cases);
