using Parley.Documents;

namespace Parley.Actors;

internal sealed partial class MentionFinder
{
    /// <summary>
    /// Agents alone marked 'generic' in agents.txt that are the last words of an organisation's proper name the dictionary does not know ("the
    /// American Civil Liberties Union", "the European Investment Bank", "the Disasters Emergency Committee"): the
    /// recognizer tags the name as one organisation that starts with capitalised words before the agent, and no
    /// actor was found in those words. Such a name is not the sector of its last word (a civil-liberties group is no
    /// trade union, a development bank no business), so it gives no mention. Without entity tags nothing is excluded.
    /// </summary>
    private bool InsideUnknownName(AgentChain agents)
    {
        var first = agents.First.FirstToken;
        if (!agents.Last.Entry.IsGeneric || agents.Count != 1 || (doc.Annotations & Annotations.Entities) == 0 || first == 0 || !IsCapitalisedWord(first))
            return false;
        var tag = doc.Tokens[first].Entity;
        if (tag.Type != EntityType.ORG || tag.Iob != Iob.I)
            return false;
        var start = first;
        while (start > 0 && doc.Tokens[start].Entity is { Type: EntityType.ORG, Iob: Iob.I })
            start--;
        if (doc.Tokens[start].Entity.Type != EntityType.ORG)
            return false;
        for (var k = start; k < first; k++)
        {
            if (!IsCapitalisedWord(k))
                return false;
        }
        return _mentions.Count == 0 || _mentions[^1].End <= doc.Tokens[start].Start;
    }
}
