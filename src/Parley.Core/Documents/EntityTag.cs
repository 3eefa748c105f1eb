namespace Parley.Documents;

/// <summary>Named-entity types recognised by Parley.</summary>
public enum EntityType : byte
{
    /// <summary>No entity.</summary>
    None = 0,
    /// <summary>A person.</summary>
    PER,
    /// <summary>An organization.</summary>
    ORG,
    /// <summary>A location or geo-political entity.</summary>
    LOC,
    /// <summary>A nationality, religious or political group (adjectival: "North Korean").</summary>
    NORP,
    /// <summary>Any other named thing.</summary>
    MISC,
}

/// <summary>Position of a token in an entity, IOB2.</summary>
public enum Iob : byte
{
    /// <summary>Outside any entity.</summary>
    O = 0,
    /// <summary>First token of an entity.</summary>
    B,
    /// <summary>Inside an entity, after its first token.</summary>
    I,
}

/// <summary>An IOB2 entity tag of one token (e.g. <c>B-PER</c>).</summary>
/// <param name="Iob">Begin, inside or outside.</param>
/// <param name="Type">The entity type; <see cref="EntityType.None"/> when outside.</param>
public readonly record struct EntityTag(Iob Iob, EntityType Type)
{
    /// <summary>The outside tag.</summary>
    public static EntityTag Outside => default;

    /// <summary>Writes the tag as <c>B-PER</c>, <c>I-ORG</c> or <c>O</c>.</summary>
    public override string ToString() => Iob == Iob.O ? "O" : $"{Iob}-{Type}";
}
