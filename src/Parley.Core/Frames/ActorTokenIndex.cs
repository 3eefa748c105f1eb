using Parley.Actors;
using Parley.Documents;

namespace Parley.Frames;

/// <summary>
/// Which tokens of a document lie inside an actor mention, marked once a document (a layer) instead of once a
/// sentence tree: a sentence's repairs and frames make several trees, and each used to scan all the document's
/// mentions. Tied to the <see cref="ActorMentions"/> layer it was made from, so a replaced layer is marked anew.
/// </summary>
internal sealed class ActorTokenIndex(ActorMentions? source, bool[] marks)
{
    private readonly ActorMentions? _source = source;
    private readonly bool[] _marks = marks;

    /// <summary>One flag a token of <paramref name="doc"/>: true inside an actor mention of its current layer.</summary>
    public static bool[] Of(Document doc)
    {
        var mentions = doc.GetLayer<ActorMentions>();
        if (doc.GetLayer<ActorTokenIndex>() is { } index && ReferenceEquals(index._source, mentions) && index._marks.Length == doc.TokenCount)
            return index._marks;
        var marks = new bool[doc.TokenCount];
        foreach (var m in mentions?.Items ?? [])
            for (var t = Math.Max(m.FirstToken, 0); t < Math.Min(m.EndToken, marks.Length); t++)
                marks[t] = true;
        doc.SetLayer(new ActorTokenIndex(mentions, marks));
        return marks;
    }
}
