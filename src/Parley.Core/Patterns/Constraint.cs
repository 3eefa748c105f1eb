using System.Collections.Immutable;

namespace Parley.Patterns;

/// <summary>Which part of a frame a constraint tests.</summary>
public enum Slot
{
    /// <summary>The direct object (<c>obj:</c>).</summary>
    Object,
    /// <summary>A prepositional argument (<c>with:</c>, <c>on:</c>, …).</summary>
    Preposition,
    /// <summary>The controlled verb (<c>xcomp:</c>).</summary>
    Xcomp,
    /// <summary>The direct object of the controlled verb (<c>xobj:</c>).</summary>
    XcompObject,
    /// <summary>A modifier of the (noun) predicate (<c>mod:</c>).</summary>
    Modifier,
    /// <summary>A prepositional argument of the controlled verb (<c>xagainst:</c>, <c>xwith:</c>, …).</summary>
    XcompPreposition,
    /// <summary>The subject, the source phrase (<c>subj:</c>): its head, modifiers, or <c>%</c> for a conjoined subject.</summary>
    Subject,
    /// <summary>A word standing before the predicate in its sentence (<c>pre:</c>): "would", "said", "not".</summary>
    Before,
    /// <summary>A word standing after the predicate in its sentence (<c>post:</c>), wherever the parse puts it.</summary>
    After,
}

/// <summary>
/// One condition of a pattern: the slot, the preposition for <see cref="Slot.Preposition"/>, allowed heads
/// (lemmas, synset names starting with '&amp;', "*" for any, or "%" for any conjoined phrase: "Arnor and Gondor")
/// and, optionally, required modifiers of the head.
/// </summary>
public sealed record Constraint(Slot Slot, string? Preposition, ImmutableArray<string> Heads, ImmutableArray<string> Modifiers)
{
    /// <summary>True when the argument in this slot is the event's target (written with a leading '@').</summary>
    public bool IsTarget { get; init; }

    /// <summary>
    /// For a prepositional constraint: also satisfied by a prepositional modifier of the direct object, as a linear
    /// coder (PETRARCH) reads "condemned an attack by X" and "condemned X's attack by …" alike.
    /// </summary>
    public bool OrOnObject { get; init; }

    /// <summary>
    /// True when the required modifier must stand right before the head (written <c>/^MOD</c>): "economic relations",
    /// not "economic trade relations", as a linear coder (PETRARCH) reads a noun phrase; for a word before the
    /// predicate (<c>pre:^WORD</c>), when it must stand right before it ("recently allowed", not "recently did allow").
    /// </summary>
    public bool Adjacent { get; init; }

    /// <summary>
    /// For a prepositional constraint written with the preposition <c>*</c> (any preposition): the one it must not be.
    /// PETRARCH's <c>(IN ^) +</c> skips the "in" phrase and takes the target from the phrase after it.
    /// </summary>
    public string? Except { get; init; }

    /// <summary>
    /// For a target after a skipped phrase written with two skips (PETRARCH's <c>(AT ^ ^) +</c>): the second skip passes
    /// over a bare agent heading the target phrase ("with the parliament of Gondor"), whose of/in/from actors are the target.
    /// </summary>
    public bool SkipsAgent { get; init; }

    /// <summary>The preposition that stands for any preposition but <see cref="Except"/>.</summary>
    public const string AnyPreposition = "*";

    /// <summary>The head that stands for a conjoined phrase ("Arnor and Gondor"): any head, with conjuncts.</summary>
    public const string Conjoined = "%";

    /// <summary>True when the argument must be a conjoined phrase (<see cref="Conjoined"/> among the heads).</summary>
    public bool RequiresConjoined => Heads.Contains(Conjoined);

    /// <summary>The constraint as written in a pattern file (<c>on:&amp;SANCTION</c>, <c>obj:aid/military</c>).</summary>
    public override string ToString()
    {
        var key = Slot switch
        {
            Slot.Object => "obj",
            Slot.Xcomp => "xcomp",
            Slot.XcompObject => "xobj",
            Slot.Modifier => "mod",
            Slot.Subject => "subj",
            Slot.Before => "pre",
            Slot.After => "post",
            Slot.XcompPreposition => "x" + Preposition!.Replace(' ', '_'),
            _ => Preposition!.Replace(' ', '_'),
        };
        var mods = Modifiers.IsEmpty ? "" : (Adjacent ? "/^" : "/") + string.Join('|', Modifiers);
        return $"{(IsTarget ? "@" : "")}{key}:{(Adjacent && Slot == Slot.Before ? "^" : "")}{string.Join('|', Heads).Replace(' ', '+')}{mods}";
    }
}
