namespace Parley.Actors;

/// <summary>How a coreferent mention points back to an earlier actor.</summary>
public enum ActorReferenceKind
{
    /// <summary>A surname alone after a full mention ("Trump", "President Putin").</summary>
    Surname,
    /// <summary>A definite role noun ("the president", "the North Korean leader").</summary>
    Title,
    /// <summary>A singular pronoun ("he", "her", "it", "its").</summary>
    Pronoun,
    /// <summary>"they", "them", "their": the participants of the latest clause with actors.</summary>
    Plural,
    /// <summary>A definite description of a state ("the regime", "the communist country", "the kingdom").</summary>
    Description,
    /// <summary>"both countries", "the two sides": the last two countries named.</summary>
    Pair,
}

/// <summary>
/// One coreferent mention and what it stands for: its span, its antecedents (earlier actor mentions of the
/// document) and the code it resolves to on the publication date.
/// </summary>
/// <param name="FirstToken">First token.</param>
/// <param name="EndToken">One past the last token.</param>
/// <param name="Start">Start character offset.</param>
/// <param name="End">End character offset.</param>
/// <param name="Text">The words ("the regime", "They").</param>
/// <param name="Kind">How it refers.</param>
/// <param name="Mention">The index of the actor mention it refines ("the regime" is an agent without a country), or -1 for a pronoun.</param>
/// <param name="Antecedents">The earlier mentions it stands for, in text order.</param>
/// <param name="Codes">What the reference codes as, for each antecedent in the same order: the antecedent's code, a
/// country for a state description or pair ("both countries" → USA, PRK), or the country with the description's
/// own sector ("the regime" → PRKGOV).</param>
public sealed record ActorReference(int FirstToken, int EndToken, int Start, int End, string Text, ActorReferenceKind Kind, int Mention,
    IReadOnlyList<ActorMention> Antecedents, IReadOnlyList<ReferenceCode> Codes);

/// <summary>The code a reference takes from one antecedent.</summary>
/// <param name="Code">The CAMEO actor code.</param>
/// <param name="Country">Its country, or null.</param>
/// <param name="Sector">Its first sector unit, or null.</param>
public readonly record struct ReferenceCode(string Code, string? Country, string? Sector)
{
    /// <summary>The antecedent's own code.</summary>
    public static ReferenceCode Of(ActorMention m) => new(m.Code!, m.Country, m.Sector);
}

/// <summary>The document layer of coreferent mentions, in text order, built by <see cref="ActorReferenceStage"/>.</summary>
/// <param name="Items">The references.</param>
public sealed record ActorReferences(IReadOnlyList<ActorReference> Items)
{
    /// <summary>The reference whose span covers <paramref name="token"/>, or null (binary search: the items are in text order and do not overlap).</summary>
    public ActorReference? At(int token)
    {
        var (lo, hi) = (0, Items.Count - 1);
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var r = Items[mid];
            if (token < r.FirstToken)
                hi = mid - 1;
            else if (token >= r.EndToken)
                lo = mid + 1;
            else
                return r;
        }
        return null;
    }
}
