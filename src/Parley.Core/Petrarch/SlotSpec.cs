using System.Collections.Immutable;
using Parley.Diagnostics;
using Parley.Patterns;

namespace Parley.Petrarch;

/// <summary>A noun requirement: head (word, <c>&amp;SYNSET</c> or <c>*</c>), required modifiers, and whether it is the target.</summary>
internal sealed record NounSpec(string Head, ImmutableArray<string> Modifiers, bool IsTarget)
{
    /// <summary>The modifier written right before the head (the last of a phrase's words), which must stand there; null: none.</summary>
    public string? Adjacent { get; init; }
}

/// <summary>A requirement on one slot of Parley's frame: the direct object or a prepositional argument.</summary>
internal sealed record SlotSpec(Slot Slot, string? Preposition, NounSpec Noun)
{
    /// <summary>A prepositional phrase written after the object: it may modify the object or the verb.</summary>
    public bool OrOnObject { get; init; }

    /// <summary>For the preposition <c>*</c> (any): the skipped phrase's preposition, which it must not be.</summary>
    public string? Except { get; init; }

    /// <summary>For a target after a skip of two phrases (<c>(AT ^ ^) +</c>): a bare agent heading it is skipped too.</summary>
    public bool SkipsAgent { get; init; }
}

/// <summary>A pattern translated into Parley's terms: an optional particle joined to the verb key, and slot requirements.</summary>
internal sealed record TranslatedPattern(string? Particle, ImmutableArray<SlotSpec> Slots)
{
    /// <summary>PETRARCH-1: the same pattern read as words after the verb (<c>post:</c>), an alternative to <see cref="Slots"/>; null: none.</summary>
    public ImmutableArray<SlotSpec>? Linear { get; init; }
}

/// <summary>Why a pattern cannot be translated: the catalog entry and its arguments.</summary>
internal sealed record Untranslatable(MessageTemplate Template, object?[] Args);
