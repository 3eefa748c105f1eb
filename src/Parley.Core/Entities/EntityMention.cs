using Parley.Documents;

namespace Parley.Entities;

/// <summary>One named-entity mention: a token range and its type.</summary>
/// <param name="FirstToken">Index of its first token in the document.</param>
/// <param name="EndToken">Index one past its last token.</param>
/// <param name="Type">The entity type.</param>
public readonly record struct EntityMention(int FirstToken, int EndToken, EntityType Type)
{
    /// <summary>Reads the mentions of a document's IOB2 token tags (an I without a B starts a mention).</summary>
    public static List<EntityMention> FromTokens(ReadOnlySpan<TokenData> tokens, ReadOnlySpan<SentenceData> sentences)
    {
        var result = new List<EntityMention>();
        foreach (var s in sentences)
        {
            var start = -1;
            var type = EntityType.None;
            for (var i = s.FirstToken; i <= s.EndToken; i++)
            {
                var tag = i < s.EndToken ? tokens[i].Entity : EntityTag.Outside;
                var continues = tag.Iob == Iob.I && tag.Type == type && start >= 0;
                if (continues)
                    continue;
                if (start >= 0)
                    result.Add(new EntityMention(start, i, type));
                (start, type) = tag.Iob == Iob.O ? (-1, EntityType.None) : (i, tag.Type);
            }
        }
        return result;
    }
}

/// <summary>The entity mentions of a document, as a layer (<c>document.GetLayer&lt;EntityMentions&gt;()</c>).</summary>
/// <param name="Mentions">The mentions in text order.</param>
public sealed record EntityMentions(IReadOnlyList<EntityMention> Mentions);
