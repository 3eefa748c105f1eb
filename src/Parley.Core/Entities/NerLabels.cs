using Parley.Documents;

namespace Parley.Entities;

/// <summary>
/// The recognizer's classes: <c>O</c> and B/I of each entity type it learns. Class 0 is <c>O</c>; an I class
/// may only follow the B or I class of its own type. Immutable.
/// </summary>
public sealed class NerLabels
{
    private readonly EntityTag[] _tags;

    /// <summary>Creates the labels O, B-T, I-T for each type.</summary>
    public NerLabels(IReadOnlyList<EntityType> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        Types = [.. types];
        _tags = [EntityTag.Outside, .. types.SelectMany(t => new[] { new EntityTag(Iob.B, t), new EntityTag(Iob.I, t) })];
    }

    /// <summary>The default labels: PER, ORG, LOC.</summary>
    public static NerLabels Default { get; } = new([EntityType.PER, EntityType.ORG, EntityType.LOC]);

    /// <summary>The entity types, in class order.</summary>
    public IReadOnlyList<EntityType> Types { get; }

    /// <summary>Number of classes.</summary>
    public int Count => _tags.Length;

    /// <summary>The tag of class <paramref name="id"/>.</summary>
    public EntityTag Tag(int id) => _tags[id];

    /// <summary>The class of a tag, or 0 (<c>O</c>) for a type not learned.</summary>
    public int Find(EntityTag tag) => Math.Max(0, Array.IndexOf(_tags, tag));

    /// <summary>True when class <paramref name="next"/> may follow class <paramref name="prev"/> (-1: sentence start).</summary>
    public bool Allowed(int prev, int next)
    {
        var n = _tags[next];
        if (n.Iob != Iob.I)
            return true;
        return prev >= 0 && _tags[prev].Iob != Iob.O && _tags[prev].Type == n.Type;
    }
}
